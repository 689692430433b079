// The logger's last line of defence: whatever a caller passes, values that look like
// personal data never reach the output.
const personalKeys = /^(pin|pinDigits|idNumber|holderId|subjectId|name|nameAr|nameLatin|fullName|holderName|dateOfBirth|documentNumber|cardNumber|pan|address|phone|email|plate|receipt|apdu|text)$/i;
const elevenDigits = /\b\d{11}\b/g;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return value.replace(elevenDigits, '[id]');
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = personalKeys.test(key) ? '[redacted]' : redact(item, depth + 1);
    }
    return out;
  }
  return value;
}
