/**
 * What the add-in keeps inside the workbook through Office's document settings (saved with the file, so
 * the next person who opens it sees the same choices and the same marks): the user's Settings, the marks
 * record and the last write batch. No request context: document settings are Office's common API.
 */
import { parseSettings, type Settings } from "../domain/settings";

export const SETTINGS_KEY = "co2check.settings";

/** The part of Office.Settings the store uses (Office.context.document.settings satisfies it). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The open document's settings. */
export function documentSettings(): DocumentSettings {
  return Office.context.document.settings as unknown as DocumentSettings;
}

/** Persists the in-memory settings into the document (rejects when Office reports a failure). */
export function saveDocumentSettings(store: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result && String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "saveAsync failed"));
      else resolve();
    });
  });
}

/** The stored Settings; unknown or invalid fields fall back to their defaults (parseSettings). */
export function loadSettings(store: DocumentSettings = documentSettings()): Settings {
  return parseSettings(store.get(SETTINGS_KEY));
}

export async function saveSettings(
  settings: Settings,
  store: DocumentSettings = documentSettings(),
): Promise<void> {
  store.set(SETTINGS_KEY, parseSettings(settings));
  await saveDocumentSettings(store);
}

/** A JSON value kept under `key`, or `fallback` when absent. */
export function readStored<T>(key: string, fallback: T, store: DocumentSettings = documentSettings()): T {
  const v = store.get(key);
  return v === null || v === undefined ? fallback : (v as T);
}

export async function writeStored(
  key: string,
  value: unknown,
  store: DocumentSettings = documentSettings(),
): Promise<void> {
  if (value === null || value === undefined) store.remove(key);
  else store.set(key, value);
  await saveDocumentSettings(store);
}
