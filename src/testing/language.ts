// Tests render in English unless they set another language (setLanguage): the messages every test asserts on.
import { setLanguage } from '@/lib/i18n/runtime'
import { en } from '@/messages/en'

setLanguage('en', en)
