import { useLayoutEffect, type ReactElement } from 'react';
import { SendContext } from './bridge/bridge-context';
import type { KioskBridge } from './bridge/kiosk-bridge';
import { useView, type createViewStore } from './bridge/use-view';
import { LanguageContext, useKioskText } from './i18n/use-kiosk-text';
import { screens } from './screens/screen-registry';

function Connecting(): ReactElement {
  const { t } = useKioskText();
  return (
    <main className="screen screen--connecting" data-screen="connecting" dir="rtl" lang="ar" aria-busy="true">
      <div className="spinner" role="progressbar" aria-label={t('common.please-wait')} />
    </main>
  );
}

/** The whole renderer: the screen for the current view, in the view's language. */
export function App({ store, bridge }: { readonly store: ReturnType<typeof createViewStore>; readonly bridge: KioskBridge }): ReactElement {
  const view = useView(store);
  useLayoutEffect(() => {
    // the document follows too, so scrollbars and form controls mirror with the screen
    if (!view) return;
    document.documentElement.lang = view.language;
    document.documentElement.dir = view.direction;
  }, [view?.language, view?.direction]);
  if (!view) return <Connecting />;
  const Screen = screens[view.screen];
  return (
    <SendContext.Provider value={bridge.send}>
      <LanguageContext.Provider value={view.language}>
        <Screen view={view} />
      </LanguageContext.Provider>
    </SendContext.Provider>
  );
}
