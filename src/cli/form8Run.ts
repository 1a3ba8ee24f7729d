/**
 * Form 8 across the run: a submitter sends one workbook per site plus the cover sheet (第8号様式), so on the
 * command line a listed site is satisfied by a Form 7 of the same site in any file of the same folder among
 * the run's inputs (matched as in the workbook: matchForm8).
 *
 * Files are still handled one at a time: of each file only its small facts are kept (the names and
 * numbers of its Form 7 sites, the lists of its Form 8 sheets), and the lists are matched at the end of the
 * run. A Form 8's own workbook is one of the files of its folder, so its own Form 7 sheets count too.
 */
import path from "node:path";
import type { Issue } from "../domain/issue";
import { matchForm8, type Form7SiteRef, type Form8 } from "../workbook/form8/form8";
import { realish } from "./files";

/** A run-level finding: a Form 8 site (file + sheet + cell) without its Form 7 in the folder. */
export interface Form8Finding {
  file: string;
  /** The folder that was searched, as the run names it. */
  folder: string;
  /** Files of that folder the run read (unreadable ones not counted). */
  filesSearched: number;
  issue: Issue;
}

interface Folder {
  shown: string;
  read: number;
  unreadable: number;
  sites: Form7SiteRef[];
}

export class Form8Run {
  private readonly folders = new Map<string, Folder>();
  private readonly lists: { file: string; folder: string; form8: Form8 }[] = [];
  /** Files already counted (a file given twice is one file of its folder). */
  private readonly seen = new Set<string>();

  private first(file: string): boolean {
    const id = realish(file);
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    return true;
  }

  private folder(file: string): { key: string; folder: Folder } {
    const shown = path.dirname(file);
    const key = realish(shown);
    let folder = this.folders.get(key);
    if (!folder) this.folders.set(key, (folder = { shown, read: 0, unreadable: 0, sites: [] }));
    return { key, folder };
  }

  /** A file that was read (with or without forms): its Form 7 sites and its Form 8 sheets. */
  add(file: string, sites: readonly Form7SiteRef[], form8: readonly Form8[]): void {
    if (!this.first(file)) return;
    const { key, folder } = this.folder(file);
    folder.read++;
    const name = path.basename(file);
    for (const s of sites) folder.sites.push({ ...s, file: name });
    for (const f of form8) this.lists.push({ file, folder: key, form8: f });
  }

  /** A file that could not be read: a listed site's Form 7 may be in it, which the findings say. */
  unreadable(file: string): void {
    if (this.first(file)) this.folder(file).folder.unreadable++;
  }

  /** How many Form 8 sheets and listed sites the run found. */
  get listed(): { sheets: number; sites: number } {
    return { sheets: this.lists.length, sites: this.lists.reduce((n, l) => n + l.form8.sites.length, 0) };
  }

  /** The findings, in the order the Form 8 files were read. */
  findings(): Form8Finding[] {
    return this.lists.flatMap(({ file, folder: key, form8 }) => {
      const folder = this.folders.get(key)!;
      const scope = { folder: folder.shown, files: folder.read, unreadable: folder.unreadable };
      return matchForm8(form8.sites, folder.sites, scope).map((issue) => ({
        file,
        folder: folder.shown,
        filesSearched: folder.read,
        issue,
      }));
    });
  }
}
