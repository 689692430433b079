import type { View } from '../../electron/bridge/contract';

export interface ScreenProps {
  readonly view: View;
}
