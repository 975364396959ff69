/**
 * The providers around the app, shared by the browser entry and the build-time prerender.
 */
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { StorageProvider } from '../db/react';
import type { Settings } from '../domain/settings';
import { App } from './App';

export function Root(props: { i18n: i18n; settings: Settings; router: (app: ReactNode) => ReactNode }) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <StorageProvider initialSettings={props.settings}>
        {props.router(<App />)}
      </StorageProvider>
    </I18nextProvider>
  );
}
