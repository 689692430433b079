// Pure builders for the four IPP operations the A4 driver uses (RFC 8011 §4.2, §4.3).
import type { IppAttribute } from './ipp-codec';
import { encodeIpp, GroupTag, ValueTag } from './ipp-codec';

export const Operation = { printJob: 0x0002, cancelJob: 0x0008, getJobAttributes: 0x0009, getPrinterAttributes: 0x000b } as const;

const IPP_2_0 = [2, 0] as const;
const requestingUser = 'kiosk';

export const printerAttributesWanted = ['printer-state', 'printer-state-reasons', 'printer-state-message', 'printer-is-accepting-jobs'];
export const jobAttributesWanted = ['job-id', 'job-state', 'job-state-reasons'];

function text(tag: number, name: string, ...values: string[]): IppAttribute {
  return { name, tag, values };
}

/** Every request starts with charset, language and the target, in this order (RFC 8011 §4.1.4). */
function operationGroup(printerUri: string, extra: readonly IppAttribute[]): { tag: number; attributes: IppAttribute[] } {
  return {
    tag: GroupTag.operation,
    attributes: [
      text(ValueTag.charset, 'attributes-charset', 'utf-8'),
      text(ValueTag.naturalLanguage, 'attributes-natural-language', 'en'),
      text(ValueTag.uri, 'printer-uri', printerUri),
      ...extra,
    ],
  };
}

export function getPrinterAttributesRequest(printerUri: string, requestId: number): Uint8Array {
  return encodeIpp({
    version: IPP_2_0,
    code: Operation.getPrinterAttributes,
    requestId,
    groups: [operationGroup(printerUri, [text(ValueTag.keyword, 'requested-attributes', ...printerAttributesWanted)])],
  });
}

export function printJobRequest(printerUri: string, requestId: number, title: string, pdf: Uint8Array): Uint8Array {
  return encodeIpp({
    version: IPP_2_0,
    code: Operation.printJob,
    requestId,
    groups: [
      operationGroup(printerUri, [
        text(ValueTag.name, 'requesting-user-name', requestingUser),
        text(ValueTag.name, 'job-name', title),
        text(ValueTag.mimeMediaType, 'document-format', 'application/pdf'),
      ]),
    ],
    data: pdf,
  });
}

function jobOperation(code: number, printerUri: string, requestId: number, jobId: number, extra: readonly IppAttribute[]): Uint8Array {
  return encodeIpp({
    version: IPP_2_0,
    code,
    requestId,
    groups: [
      operationGroup(printerUri, [
        { name: 'job-id', tag: ValueTag.integer, values: [jobId] },
        text(ValueTag.name, 'requesting-user-name', requestingUser),
        ...extra,
      ]),
    ],
  });
}

export function getJobAttributesRequest(printerUri: string, requestId: number, jobId: number): Uint8Array {
  return jobOperation(Operation.getJobAttributes, printerUri, requestId, jobId, [text(ValueTag.keyword, 'requested-attributes', ...jobAttributesWanted)]);
}

export function cancelJobRequest(printerUri: string, requestId: number, jobId: number): Uint8Array {
  return jobOperation(Operation.cancelJob, printerUri, requestId, jobId, []);
}
