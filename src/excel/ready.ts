/**
 * Office start-up for the task pane, so UI code never touches the Office global itself.
 */

export interface HostInfo {
  /** "Excel" inside Excel; null when the page runs outside Office (a plain browser tab). */
  host: string | null;
  platform: string | null;
  /** The Office UI language, e.g. "ja-JP" (null outside Office). */
  displayLanguage: string | null;
}

/** Resolves when Office.js is ready (immediately outside Office, where the Office global is missing). */
export async function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { host: null, platform: null, displayLanguage: null };
  const info = await Office.onReady();
  return {
    host: info.host ? String(info.host) : null,
    platform: info.platform ? String(info.platform) : null,
    displayLanguage: Office.context?.displayLanguage ?? null,
  };
}
