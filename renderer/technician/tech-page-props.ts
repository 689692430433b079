import type { View } from '../../electron/bridge/contract';

export type TechView = NonNullable<View['technician']>;

export interface TechPageProps {
  readonly tech: TechView;
}
