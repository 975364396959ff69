import 'i18next';
import type { Strings } from '.';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Strings };
    returnNull: false;
  }
}
