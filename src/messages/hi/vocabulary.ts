import type { Catalog } from '../catalog'

export const vocabulary: Catalog['vocabulary'] = {
  topics: {
    python: 'Python भाषा',
    django: 'Django',
    fastapi: 'FastAPI',
    async: 'Async',
    concurrency: 'Concurrency',
    testing: 'टेस्टिंग',
    'code-review': 'कोड रिव्यू',
    debugging: 'डीबगिंग',
    databases: 'डेटाबेस',
    architecture: 'आर्किटेक्चर',
    production: 'प्रोडक्शन और ऑन-कॉल',
    collaboration: 'टीमवर्क',
    'career-growth': 'करियर में तरक्की',
    interviews: 'इंटरव्यू',
    'data-ml': 'डेटा और ML',
  },
  dayPhases: {
    morning: 'सुबह',
    midday: 'दोपहर',
    afternoon: 'दोपहर बाद',
    'end-of-day': 'दिन का अंत',
  },
  stepKinds: {
    planning: 'योजना',
    meeting: 'मीटिंग',
    'deep-work': 'गहन काम',
    break: 'ब्रेक',
    review: 'रिव्यू',
    incident: 'इंसिडेंट',
    mentoring: 'मेंटरिंग',
    communication: 'बातचीत',
  },
  resourceKinds: {
    book: 'किताब',
    web: 'वेब',
    podcast: 'पॉडकास्ट',
    video: 'वीडियो',
  },
  placeKinds: {
    city: 'शहर',
    region: 'क्षेत्र',
    remote: 'रिमोट',
  },
  communityFormats: {
    'in-person': 'आमने-सामने',
    'online-chat': 'ऑनलाइन चैट',
    forum: 'फ़ोरम',
    web: 'वेबसाइट',
  },
}
