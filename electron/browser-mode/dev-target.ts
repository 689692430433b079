// The dev panel's commands, mapped onto the kiosk's simulators. Built only in browser mode;
// a device that is not simulated (a real reader in the config) answers "no-simulator".
import { cardHolders, type CardHolderName } from '../../central/seed/people';
import { err, ok } from '../../hardware/result';
import type { SimulatedCardReader } from '../../hardware/card/simulated-card-reader';
import type { SimulatedPaymentTerminal } from '../../hardware/payment/simulated-payment-terminal';
import type { SimulatedReceiptPrinter } from '../../hardware/printer/simulated-receipt-printer';
import type { SimulatedKeypad } from '../../hardware/keypad/simulated-keypad';
import type { SimulatedHeadphoneJack } from '../../hardware/audio-jack/simulated-headphone-jack';
import type { DevTarget } from '../bridge/ws-server';

export interface Simulators {
  readonly cardReader?: Pick<SimulatedCardReader, 'insertCard' | 'removeCard'>;
  readonly payment?: Pick<SimulatedPaymentTerminal, 'setNextOutcome'>;
  readonly printer?: Pick<SimulatedReceiptPrinter, 'setStatus'>;
  readonly keypad?: Pick<SimulatedKeypad, 'press'>;
  readonly headphones?: Pick<SimulatedHeadphoneJack, 'plug' | 'unplug'>;
}

const holderNames = Object.keys(cardHolders) as CardHolderName[];
const isHolder = (name: string): name is CardHolderName => (holderNames as string[]).includes(name);

export function devTargetFor(simulators: Simulators): DevTarget {
  return {
    holders: holderNames,
    run(command) {
      switch (command.command) {
        case 'card.insert':
          if (!isHolder(command.holder)) return err('unknown-holder');
          if (!simulators.cardReader) return err('no-simulator');
          simulators.cardReader.insertCard(command.holder);
          return ok();
        case 'card.remove':
          if (!simulators.cardReader) return err('no-simulator');
          simulators.cardReader.removeCard();
          return ok();
        case 'payment.next':
          if (!simulators.payment) return err('no-simulator');
          simulators.payment.setNextOutcome(command.outcome);
          return ok();
        case 'printer.status':
          if (!simulators.printer) return err('no-simulator');
          simulators.printer.setStatus({ kind: command.status });
          return ok();
        case 'keypad.press':
          if (!simulators.keypad) return err('no-simulator');
          simulators.keypad.press(command.key);
          return ok();
        case 'headphones.plug':
        case 'headphones.unplug':
          if (!simulators.headphones) return err('no-simulator');
          if (command.command === 'headphones.plug') simulators.headphones.plug();
          else simulators.headphones.unplug();
          return ok();
      }
    },
  };
}
