// The routes every browser benchmark loads: one of each kind of page.
export const BENCH_ROUTES = [
  '/',
  '/careers/python-developer',
  '/careers/python-developer/salaries',
  '/careers/python-developer/day',
  '/reading-list',
]
