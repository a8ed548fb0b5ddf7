// "Python Developer" (India), every item of clarup.com's career page, structured. The page's own words are kept
// verbatim; only step titles, phases, kinds and topics are editorial. The scraped page is in ../sources/.
import type { Career } from '../schema'

const overview =
  'Python Developers build and maintain backend services, APIs, automation scripts, and data tooling using Python as the primary language. The day-to-day work spans writing Django or FastAPI services, building REST and async APIs, integrating databases (PostgreSQL, MongoDB, Redis), automating internal workflows, writing unit and integration tests, and shipping features alongside frontend and DevOps teammates. In India, Python Developer is one of the most-listed tech titles on Naukri and LinkedIn — concentrated at IT services giants (TCS, Infosys, Wipro, Cognizant, LTIMindtree), product startups (Razorpay, Postman, Hasura, CleverTap, Browserstack), fintech (Cred, Zerodha, Groww), ML-adjacent companies (Tiger Analytics, Mu Sigma, ZS Associates), and the GCCs of Microsoft, Google, JPMorgan, Goldman, and Walmart Global Tech.'

export const pythonDeveloper: Career = {
  id: 'python-developer',
  title: 'Python Developer',
  region: 'India',
  summary:
    'Python Developers build and maintain backend services, APIs, automation scripts, and data tooling using Python as the primary language.',
  overview,
  source: {
    publisher: 'clarup.com',
    title: 'Python Developer',
    url: 'https://clarup.com/careers/python-developer',
  },

  day: [
    {
      id: 'triage-overnight-pings',
      title: 'Open up and triage pings',
      text: 'Open VS Code with chai. Scan Slack and email for overnight pings — on-call alerts, PR comments, JIRA updates. Triage what needs same-day attention.',
      phase: 'morning',
      kind: 'planning',
      topics: ['collaboration', 'production', 'code-review'],
    },
    {
      id: 'daily-standup',
      title: 'Daily standup over Zoom',
      text: "Daily standup over Zoom — 7 backend engineers, EM, PM. Three-minute update on what shipped yesterday and what's blocked today.",
      phase: 'morning',
      kind: 'meeting',
      topics: ['collaboration'],
    },
    {
      id: 'deep-work-merchant-onboarding',
      title: 'Deep work: merchant onboarding feature',
      text: 'Deep work block 1. Open the Django service for the new merchant-onboarding feature. Write the model migration, the serializer, the view, and the unit tests. Run pytest locally.',
      phase: 'morning',
      kind: 'deep-work',
      topics: ['django', 'databases', 'testing'],
    },
    {
      id: 'integration-tests-draft-pr',
      title: 'Integration tests and draft PR',
      text: 'Continue feature work — write integration tests with pytest fixtures, validate against a local Postgres docker container, push a draft PR for early feedback.',
      phase: 'morning',
      kind: 'deep-work',
      topics: ['testing', 'databases', 'code-review'],
    },
    {
      id: 'lunch-break',
      title: 'Lunch away from the laptop',
      text: 'Lunch break. Walk to the office canteen / dabba / Swiggy. Avoid the laptop for 40 minutes.',
      phase: 'midday',
      kind: 'break',
      topics: [],
    },
    {
      id: 'review-teammate-prs',
      title: "Review teammates' pull requests",
      text: 'Review 2-3 teammate PRs. One has an N+1 query in a Django view — suggest select_related. One has a Celery task with no idempotency key — push back. One is a clean FastAPI endpoint, approve.',
      phase: 'afternoon',
      kind: 'review',
      topics: ['code-review', 'django', 'databases', 'concurrency', 'fastapi'],
    },
    {
      id: 'investigate-sentry-error',
      title: 'Investigate a Sentry error',
      text: 'Investigate a Sentry error — a TypeError in the payments-webhook handler is firing 200 times per hour. Trace it to a downstream merchant sending an unexpected JSON shape, ship a defensive parse + a Sentry breadcrumb.',
      phase: 'afternoon',
      kind: 'incident',
      topics: ['debugging', 'production'],
    },
    {
      id: 'architecture-review',
      title: 'Architecture review: sync or async',
      text: 'Architecture review — the team is debating sync (Django) vs async (FastAPI) for the new notifications service. You walk through the latency vs ecosystem trade-off, recommend FastAPI for this use case.',
      phase: 'afternoon',
      kind: 'meeting',
      topics: ['architecture', 'async', 'django', 'fastapi'],
    },
    {
      id: 'pair-with-junior',
      title: 'Pair with a junior engineer',
      text: "Pair with a junior on a Celery task that's silently dropping messages. Walk through acks_late, prefetch_count, and visibility timeout. Ship a fix with a test that simulates worker crash.",
      phase: 'afternoon',
      kind: 'mentoring',
      topics: ['concurrency', 'debugging', 'testing', 'collaboration'],
    },
    {
      id: 'catch-up-on-slack',
      title: 'Catch up on Slack',
      text: 'Catch up on Slack. Reply to a security review question about a new third-party SDK, link the on-call engineer to the runbook for the new payments service.',
      phase: 'afternoon',
      kind: 'communication',
      topics: ['collaboration', 'production'],
    },
    {
      id: 'end-of-day-update',
      title: 'End-of-day Slack update',
      text: "End-of-day Slack update — what shipped, what's queued. Close laptop. Incident days, sprint-end days, and quarter-end planning all look different — typical sprint day ends here.",
      phase: 'end-of-day',
      kind: 'communication',
      topics: ['collaboration'],
    },
  ],

  mistakes: [
    {
      id: 'staying-too-long-in-services',
      title: 'Staying 4+ years at TCS/Infosys/Wipro in Python scripting roles',
      why: 'Service-company Python is often config and scripting, not real backend system design. Four years there leaves you competing for the same SDE-2 roles as 2-year product engineers — and losing.',
      instead:
        'Plan to leave services by year 2-3. Use bench time for Django and FastAPI side projects. Target a Razorpay / Postman / Hasura / CleverTap SDE-2 switch.',
      topics: ['career-growth', 'architecture', 'django', 'fastapi'],
    },
    {
      id: 'only-django-or-only-fastapi',
      title: 'Learning only Django OR only FastAPI',
      why: 'Different Indian companies use different stacks — Django dominates services and large enterprises; FastAPI dominates startups and AI-adjacent work. Knowing only one halves your job market.',
      instead:
        'Learn Django thoroughly first (1 production-grade portfolio app), then add FastAPI on top (1 async-first portfolio service). Knowing both makes you portable across Indian JD types.',
      topics: ['django', 'fastapi', 'async', 'career-growth'],
    },
    {
      id: 'ignoring-asyncio',
      title: 'Ignoring async / asyncio fundamentals',
      why: "Modern Python services (FastAPI, async SQLAlchemy, async Celery alternatives) lean on asyncio. Engineers who never internalized event loops, coroutines, and async context get stuck at 'sync Django only' work.",
      instead:
        'Spend a focused 2-3 weekends on asyncio. Build one production-style service in FastAPI with async DB calls, async background tasks, and proper cancellation handling.',
      topics: ['async', 'fastapi', 'databases'],
    },
    {
      id: 'typing-as-optional',
      title: 'Treating typing as optional',
      why: 'Modern Python codebases at Razorpay, Postman, Hasura, FAANG use type hints and mypy / pyright strictly. Engineers who write untyped Python get rejected at the code-review stage of senior interviews.',
      topics: ['python', 'code-review', 'interviews'],
    },
    {
      id: 'python-only-past-five-years',
      title: 'Becoming a Python-only specialist past 5 years of experience',
      why: "At senior levels, 'Python Developer' alone is restrictive — most senior backend roles want polyglot fluency. The career compresses if you can't reach for Go for a perf-critical service or TypeScript for a full-stack feature.",
      instead:
        "By year 4-5, pick up at least one other language at production depth (Go for systems work, TypeScript for full-stack). Reframe your title to 'Senior Backend Engineer (Python primary)'.",
      topics: ['career-growth'],
    },
    {
      id: 'skipping-gil-and-concurrency',
      title: 'Skipping the GIL and concurrency conversation',
      why: "Senior Python interviews probe GIL, multiprocessing vs threading vs asyncio, and how to scale CPU-bound work. Engineers who can't discuss these stall at SDE-2.",
      instead:
        "Read David Beazley's Python concurrency talks. Understand when to reach for asyncio (I/O-bound), threading (some I/O-bound workloads), multiprocessing (CPU-bound), and external workers (heavy CPU).",
      topics: ['concurrency', 'async', 'interviews'],
    },
    {
      id: 'no-coverage-no-integration-tests',
      title: 'Not running pytest with coverage and not writing integration tests',
      why: 'Senior Python roles assume you write tests. Engineers whose PRs land without tests get blocked in code review and signal junior judgment.',
      instead:
        'Make pytest + coverage + integration tests with Testcontainers a default in your workflow. Write the test before the fix when debugging production issues.',
      topics: ['testing', 'code-review', 'debugging', 'production'],
    },
  ],

  salaries: {
    cohort: 'Mid-level',
    measure: 'total cash compensation',
    unit: 'lakh INR per year',
    rows: [
      { id: 'bangalore', place: 'Bangalore', placeKind: 'city', minLakh: 12, maxLakh: 22 },
      { id: 'hyderabad', place: 'Hyderabad', placeKind: 'city', minLakh: 11, maxLakh: 20 },
      { id: 'pune', place: 'Pune', placeKind: 'city', minLakh: 10, maxLakh: 17 },
      { id: 'ncr', place: 'NCR (Gurugram + Noida)', placeKind: 'region', minLakh: 11, maxLakh: 19 },
      { id: 'mumbai', place: 'Mumbai', placeKind: 'city', minLakh: 11, maxLakh: 19 },
      {
        id: 'remote-international',
        place: 'Remote / international',
        placeKind: 'remote',
        minLakh: 20,
        maxLakh: 45,
      },
    ],
  },

  // The page has a "Notable Indians in this career" heading and nothing under it.
  notableIndians: [],

  communities: [
    {
      id: 'pycon-india-and-city-groups',
      name: 'PyCon India + ChennaiPy / BangPypers / HydPy / PuneItPy',
      formats: ['In-person', 'Meetup'],
      description:
        'PyCon India is the largest annual Python conference in the country (rotates Bangalore/Pune/Hyderabad/Chennai); city-level Python user groups meet monthly. Strong networking for Python jobs.',
      topics: ['python', 'career-growth'],
    },
    {
      id: 'real-python-community',
      name: 'Real Python community',
      formats: ['Web', 'Slack'],
      description:
        'The most-used Python learning site globally; subscribers get access to a Slack with ~10,000 Python developers. Indian engineers are heavily represented.',
      topics: ['python'],
    },
    {
      id: 'fastapi-django-chat',
      name: 'FastAPI + Django community Discord/Slack',
      formats: ['Discord', 'Slack'],
      description:
        'Active framework-specific communities; FastAPI Discord especially has direct contact with Sebastián Ramírez (creator) and is the best place for FastAPI deep-dives.',
      topics: ['fastapi', 'django'],
    },
    {
      id: 'python-subreddits',
      name: 'r/Python and r/learnpython and r/django',
      formats: ['Reddit'],
      description:
        'Active subreddits for Python Q&A, library debates, and career discussion. r/django is especially active on real-world architecture and ORM questions.',
      topics: ['python', 'django', 'architecture', 'databases', 'career-growth'],
    },
    {
      id: 'talk-python-community',
      name: 'Talk Python To Me podcast community',
      formats: ['Web', 'Slack'],
      description:
        "Community around Michael Kennedy's podcast; weekly interviews with Python library maintainers and engineers at Python-heavy companies.",
      topics: ['python'],
    },
    {
      id: 'pydata-india',
      name: 'PyData India',
      formats: ['In-person', 'Meetup'],
      description:
        'PyData chapters in Bangalore, Delhi, Mumbai run quarterly meetups focused on data + ML Python; useful even for backend Python engineers wanting to drift toward data work.',
      topics: ['data-ml', 'career-growth'],
    },
    {
      id: 'blogging-communities',
      name: 'Active blogging communities',
      formats: [],
      description:
        "DEV.to's Python tag and Hashnode's Indian developer focus produce a steady stream of Python tutorial content.",
      topics: ['python'],
    },
  ],

  resources: [
    {
      id: 'fluent-python',
      title: 'Fluent Python (2nd Edition)',
      kind: 'book',
      medium: 'Book',
      indiaFocused: false,
      by: 'Luciano Ramalho',
      why: 'The single most important Python book for engineers past beginner level. Read cover-to-cover before your second Python job. Indian product companies reference it in interviews.',
      topics: ['python', 'interviews'],
    },
    {
      id: 'two-scoops-of-django',
      title: 'Two Scoops of Django (latest edition)',
      kind: 'book',
      medium: 'Book',
      indiaFocused: false,
      by: 'Daniel Roy Greenfeld + Audrey Roy Greenfeld',
      why: 'Best Django patterns and anti-patterns reference. Reading it in your first year of Django saves years of bad-pattern habits.',
      topics: ['django'],
    },
    {
      id: 'architecture-patterns-with-python',
      title: 'Architecture Patterns with Python',
      kind: 'book',
      medium: 'Book',
      indiaFocused: false,
      by: 'Harry Percival + Bob Gregory',
      why: 'Domain-driven design and TDD applied to Python. Required reading for Python developers targeting senior backend roles at product companies.',
      topics: ['architecture', 'testing', 'career-growth'],
    },
    {
      id: 'python-concurrency-with-asyncio',
      title: 'Python Concurrency with asyncio',
      kind: 'book',
      medium: 'Book',
      indiaFocused: false,
      by: 'Matthew Fowler',
      why: 'Practical book on asyncio, async libraries, and async testing. Essential for FastAPI and modern async-Python work.',
      topics: ['async', 'concurrency', 'testing', 'fastapi'],
    },
    {
      id: 'real-python',
      title: 'Real Python',
      kind: 'web',
      medium: 'Web tutorials',
      indiaFocused: false,
      by: 'Real Python team',
      why: 'The most-used Python tutorial site globally. Indian working engineers reference Real Python daily for syntax and pattern questions.',
      topics: ['python'],
    },
    {
      id: 'talk-python-to-me',
      title: 'Talk Python To Me podcast',
      kind: 'podcast',
      medium: 'Podcast',
      indiaFocused: false,
      by: 'Michael Kennedy',
      why: 'Weekly interviews with Python library maintainers and engineers at Python-heavy companies. Best podcast for tracking the Python ecosystem.',
      topics: ['python'],
    },
    {
      id: 'python-bytes',
      title: 'Python Bytes podcast',
      kind: 'podcast',
      medium: 'Podcast',
      indiaFocused: false,
      by: 'Michael Kennedy + Brian Okken',
      why: 'Weekly Python news in 30 minutes. Best way to stay current on new releases, libraries, and PEPs without doing deep reading.',
      topics: ['python'],
    },
    {
      id: 'sebastian-ramirez-talks',
      title: 'Sebastián Ramírez (FastAPI creator) talks on YouTube',
      kind: 'video',
      medium: 'YouTube',
      indiaFocused: false,
      by: 'Sebastián Ramírez',
      why: 'Foundational talks on FastAPI, async Python, and modern API design. Watch before any FastAPI-heavy interview.',
      topics: ['fastapi', 'async', 'interviews'],
    },
    {
      id: 'hitesh-choudhary-anuj-bhaiya',
      title: 'Hitesh Choudhary and Anuj Bhaiya YouTube channels',
      kind: 'video',
      medium: 'YouTube (India)',
      indiaFocused: true,
      by: 'Hitesh Choudhary, Anuj Bhaiya',
      why: 'India-specific Python and Django/FastAPI tutorials with India-context salary, switch, and career discussions. Heavily watched by Indian Python switchers.',
      topics: ['python', 'django', 'fastapi', 'career-growth'],
    },
    {
      id: 'geeksforgeeks-interviewbit',
      title: 'GeeksforGeeks Python track and InterviewBit Python',
      kind: 'web',
      medium: 'Web (India)',
      indiaFocused: true,
      by: 'GeeksforGeeks + InterviewBit teams',
      why: 'India-specific reference for Python DSA prep, Django/FastAPI tutorials, and interview question banks. Used by almost every Indian Python fresher and switcher.',
      topics: ['python', 'interviews', 'django', 'fastapi'],
    },
  ],

  responsibilities: [
    {
      id: 'write-feature-code',
      label: 'Write or refactor Python code for an assigned feature or bug',
      separator: ' — ',
      text: 'typically 3-5 hours of focused coding split across 1-2 tickets in a Django or FastAPI service.',
      topics: ['python', 'django', 'fastapi'],
    },
    {
      id: 'review-prs',
      label: 'Review 2-4 PRs from teammates',
      separator: ': ',
      text: 'read the diff, run it locally if needed, leave inline comments on edge cases, naming, test coverage, and Python idioms (list comp vs loop, async vs sync, type hints).',
      topics: ['code-review', 'python', 'testing', 'async'],
    },
    {
      id: 'standup-and-syncs',
      label: 'Attend a 15-30 min daily standup and 1-2 ad-hoc syncs with PM, designer, or another team',
      separator: ' — ',
      text: 'usually about a feature spec, an integration, or a production issue.',
      topics: ['collaboration', 'production'],
    },
    {
      id: 'debug-issues',
      label:
        "Debug a flaky test, a Celery worker that's stuck, or a production issue surfaced via Sentry/Datadog",
      separator: ' — ',
      text: 'root-cause and either fix or write a hotfix patch.',
      topics: ['debugging', 'production', 'testing', 'concurrency'],
    },
    {
      id: 'read-and-write-specs',
      label: 'Read relevant tickets, design docs, RFCs, or library documentation',
      separator: '; ',
      text: "comment on a teammate's design proposal or write a short technical spec for your own next task.",
      topics: ['architecture', 'collaboration'],
    },
    {
      id: 'write-tests',
      label: 'Write or extend tests for an under-covered module using pytest',
      separator: ' — ',
      text: 'usually 30-60 min of test-writing baked into feature work; mock external APIs, set up fixtures, run the full suite locally before opening the PR.',
      topics: ['testing'],
    },
  ],

  advantages: [
    {
      id: 'highest-volume-listings',
      label: 'Highest-volume tech job listings in India',
      separator: ' — ',
      text: "Naukri and LinkedIn consistently show 'Python Developer' as a top-3 most-posted tech title, which means breadth of options at every experience level.",
      topics: ['career-growth'],
    },
    {
      id: 'adjacent-demand',
      label: "Python's adjacent demand creates option value",
      separator: ' — ',
      text: 'a Python Developer can pivot into Data Engineer, Data Scientist, ML Engineer, or AI Engineer roles with focused upskilling, more easily than a Java or .NET developer can.',
      topics: ['career-growth', 'data-ml'],
    },
    {
      id: 'remote-and-hybrid',
      label: 'Genuine remote and hybrid options',
      separator: ' — ',
      text: 'many Indian product startups (Postman, CleverTap, Hasura, Browserstack) and most US/EU remote-friendly companies hire Indian Python Developers full-time-remote.',
      topics: ['career-growth'],
    },
    {
      id: 'skill-compounding',
      label: 'Skill compounding is strong',
      separator: ' — ',
      text: 'Django and FastAPI are stable enough that 5-year experience moves cleanly between fintech, SaaS, e-commerce, and consulting without restarting the learning curve.',
      topics: ['django', 'fastapi', 'career-growth'],
    },
    {
      id: 'lower-entry-bar',
      label: 'Lower entry bar than systems-language (Go, Rust, C++) or ML roles',
      separator: ' — ',
      text: "Python's readability and the abundance of good-quality free learning material means switchers from non-CS backgrounds can break in without elite-college signals.",
      topics: ['python', 'career-growth'],
    },
  ],

  challenges: [
    {
      id: 'salary-curve',
      label:
        'Salary curve sits 10-25% below same-tenure backend SDEs working in higher-paid stacks (Go, Java, modern JS/TS at top product cos)',
      separator: ' — ',
      text: 'Python is rarely the language of the highest-paying roles in India, except in ML-adjacent work.',
      topics: ['career-growth', 'data-ml'],
    },
    {
      id: 'job-title-inflation',
      label: 'Job-title inflation',
      separator: ' — ',
      text: "at many service companies 'Python Developer' actually means scripting and configuration rather than real backend system design, which can stall career growth if you stay too long.",
      topics: ['career-growth', 'architecture'],
    },
    {
      id: 'single-language-ceiling',
      label: 'Single-language framing limits ceiling',
      separator: ' — ',
      text: "at senior levels (5+ years), the 'Python Developer' title becomes restrictive; growth requires picking up at least one other language (Go, TypeScript) and broader system-design skills.",
      topics: ['career-growth', 'architecture'],
    },
    {
      id: 'on-call-and-incidents',
      label:
        'On-call rotations and production incidents are real, especially as you take on senior responsibility',
      separator: ' — ',
      text: 'Python services in production hit real-world issues (memory leaks in long-running workers, GIL contention, async-bug edge cases) that require deep debugging.',
      topics: ['production', 'debugging', 'concurrency', 'async'],
    },
    {
      id: 'ai-tooling',
      label:
        'AI tooling (Claude, GPT, Cursor) is compressing the floor of the role faster for Python than for other backend languages',
      separator: ' — ',
      text: "Python is the most-trained-on language, so AI assistants are strongest at writing it. Python Developers who stay at 'I write CRUD endpoints' will see growth slow.",
      topics: ['career-growth'],
    },
  ],

  education: [
    {
      id: 'btech-be',
      label: 'Required (most common)',
      separator: ': ',
      text: 'B.Tech / B.E. in Computer Science, IT, or Electronics — the default route in India and the strongest signal for campus drives at TCS, Infosys, Wipro, Cognizant, and product companies.',
      topics: ['career-growth'],
    },
    {
      id: 'bca-mca-bsc',
      label: 'Strong alternatives',
      separator: ': ',
      text: 'BCA, MCA, or B.Sc. (Computer Science / Statistics) — fully accepted by service-side and most product-side roles, especially when paired with a public GitHub portfolio.',
      topics: ['career-growth'],
    },
    {
      id: 'premium-degree',
      label: 'Premium signal',
      separator: ': ',
      text: 'degree from IIT, NIT, IIIT, BITS, or a top-50 global CS program — useful at FAANG-India and product startups, but Python-specialist roles are slightly less elite-college-gated than ML or systems-engineering tracks.',
      topics: ['career-growth'],
    },
    {
      id: 'self-taught-portfolio',
      label: 'Self-taught + portfolio',
      separator: ': ',
      text: 'a credible path in India — 3-5 portfolio projects on GitHub (a Django REST API, a FastAPI async service, a scraping/automation script, a small data-analysis project), one open-source contribution to a popular Python library, and freelance work via Upwork or Topcoder. Common path for B.Sc / B.Com switchers in 2026.',
      topics: ['career-growth', 'django', 'fastapi', 'data-ml'],
    },
    {
      id: 'bootcamps',
      label: 'Bootcamps',
      separator: ': ',
      text: 'Masai School, Newton School, AltCampus, Scaler Academy in India; full-stack programs typically 6-12 months. Works best when paired with referrals and a public portfolio.',
      topics: ['career-growth'],
    },
  ],
}
export default pythonDeveloper
