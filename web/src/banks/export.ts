import { apiFetch } from '../api/client';

/**
 * Downloads the bank as Moodle XML: fetched with the bearer token (a plain link would
 * carry none), then saved from an object URL under the name the API gives.
 */
export async function downloadMoodleXml(bankId: string, lang: string): Promise<void> {
  const response = await apiFetch(new Request(`/api/v1/question-banks/${bankId}/export?format=moodle-xml&lang=${encodeURIComponent(lang)}`));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('Content-Disposition')) ?? 'questions.xml';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `attachment; filename="Bank.xml"` (or RFC 5987's filename*=UTF-8''…) → the name. */
export function fileName(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}
