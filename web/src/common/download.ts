import { apiFetch } from '../api/client';

/** The file name a Content-Disposition header gives (`attachment; filename="x.csv"`, or RFC 5987's `filename*=UTF-8''…`). */
export function fileNameFrom(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain filename.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  return plain ? (plain[1] ?? plain[2]).trim() : undefined;
}

/**
 * Downloads a file the API serves only with the bearer token (a plain link would go
 * without it): fetched as a blob, then saved through a temporary object URL.
 */
export async function downloadWithToken(path: string, fallbackName: string, init?: RequestInit): Promise<void> {
  const response = await apiFetch(new Request(path, init));
  saveFile(await response.blob(), fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName);
}

/** Saves a blob under a name: an object URL on a temporary link with `download`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
