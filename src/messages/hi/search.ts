import { forms, type Catalog } from '../catalog'

export const search: Catalog['search'] = {
  region: 'साइट',
  label: 'सभी करियर में खोजें',
  placeholder: 'करियर खोजें  ( / )',
  results: 'खोज के नतीजे',
  loading: 'खोज लोड हो रही है…',
  loadFailed: 'खोज लोड नहीं हो सकी। अपना कनेक्शन जाँचें और फिर कोशिश करें।',
  offline: 'आप ऑफ़लाइन हैं: इसकी खोज के लिए नेटवर्क चाहिए।',
  groupCount: ' ({total} में से {shown})',
  found: forms({
    one: '{count} नतीजा। चुनने के लिए तीर वाली कुंजियों का इस्तेमाल करें, खोलने के लिए Enter दबाएँ।',
    other: '{count} नतीजे। चुनने के लिए तीर वाली कुंजियों का इस्तेमाल करें, खोलने के लिए Enter दबाएँ।',
  }),
  noResults: '“{query}” के लिए कोई नतीजा नहीं मिला।',
  tooShort: '“{query}” के लिए कोई नतीजा नहीं: खोज के लिए दो या अधिक अक्षरों या अंकों का शब्द चाहिए।',
  tooBroad: '“{words}” से बहुत सारे शब्द शुरू होते हैं: शब्द का कुछ और हिस्सा लिखें।',
  wordSeparator: '”, “',
  pagesGroup: 'करियर और उनके पेज',
  pageCareer: 'करियर पेज',
  pageSalaries: 'वेतन का पेज',
  pageDay: 'काम के एक दिन का पेज',
}
