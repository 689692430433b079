import { paymentTerminalContract } from './contract-suite';
import { SimulatedPaymentTerminal } from './simulated-payment-terminal';

paymentTerminalContract('simulator', async () => {
  const terminal = new SimulatedPaymentTerminal();
  return { terminal, scriptNext: (outcome) => terminal.setNextOutcome(outcome), close: async () => {} };
});
