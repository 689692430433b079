import { useEffect, useLayoutEffect, useState, type ReactElement } from 'react';
import { SendContext } from './bridge/bridge-context';
import type { BridgeMode, KioskBridge } from './bridge/kiosk-bridge';
import type { ConnectionState } from './bridge/ws-bridge-client';
import { useView, type createViewStore } from './bridge/use-view';
import { defaultFormats } from './i18n/formats';
import { FormatsContext, LanguageContext, useKioskText } from './i18n/use-kiosk-text';
import { screens } from './screens/screen-registry';
import { KeypadFocus } from './accessibility/keypad-focus';
import { SpeechOutput } from './accessibility/speech-output';

function Connecting(): ReactElement {
  const { t } = useKioskText();
  return (
    <main className="screen screen--connecting" data-screen="connecting" dir="rtl" lang="ar" aria-busy="true">
      <div className="spinner" role="progressbar" aria-label={t('common.please-wait')} />
    </main>
  );
}

/** Browser mode only: while the socket is down, taps go nowhere, so say so over the screen. */
function ConnectionLost({ mode }: { readonly mode: BridgeMode }): ReactElement | null {
  const [state, setState] = useState<ConnectionState>('open');
  const { t } = useKioskText();
  useEffect(() => (mode.kind === 'browser' ? mode.onState(setState) : undefined), [mode]);
  if (state !== 'closed') return null;
  return (
    <p className="connection-lost" role="alert" data-connection="lost">
      {t('common.reconnecting')}
    </p>
  );
}

/** The whole renderer: the screen for the current view, in the view's language. */
export function App({ store, bridge, mode }: { readonly store: ReturnType<typeof createViewStore>; readonly bridge: KioskBridge; readonly mode: BridgeMode }): ReactElement {
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
        <FormatsContext.Provider value={view.formats ?? defaultFormats}>
          <Screen view={view} />
          <KeypadFocus view={view} />
          <SpeechOutput bridge={bridge} />
          <ConnectionLost mode={mode} />
        </FormatsContext.Provider>
      </LanguageContext.Provider>
    </SendContext.Provider>
  );
}
