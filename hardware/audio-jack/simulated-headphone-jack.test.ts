import { headphoneJackContract } from './contract-suite';
import { SimulatedHeadphoneJack } from './simulated-headphone-jack';

headphoneJackContract('simulator', async () => {
  const jack = new SimulatedHeadphoneJack();
  return {
    jack,
    plug: async () => jack.plug(),
    unplug: async () => jack.unplug(),
    breakJack: async () => jack.setHealth({ level: 'failed', reason: 'no headphone jack control' }),
    repairJack: async () => jack.setHealth({ level: 'ok' }),
    close: () => jack.close(),
  };
});
