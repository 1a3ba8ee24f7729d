/**
 * One catalogue for every message: every listed code has words in both languages and a documented
 * severity; every issue the engine produces (the golden answers, and every code written in a check's call)
 * uses a listed code at its documented severity; the README's table of codes is the lists' own.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ISSUE_AREAS, listedCodes } from "../../src/app/issueCodes";
import { issueOf } from "../../src/domain/issue";
import { FORM7_CODES } from "../../src/domain/form7/codes";
import { FORM7_MESSAGES } from "../../src/domain/form7/messages";
import { BEGIN, END, README, codeDocs, codeTable } from "../support/issueCodeTable";

const GOLDEN = path.join(__dirname, "..", "golden", "files");
const SRC = path.join(__dirname, "..", "..", "src");

/** Every (severity, code) pair of the issues in the golden files. */
function goldenIssues(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (code: string, severity: string) => {
    if (!out.has(code)) out.set(code, new Set());
    out.get(code)!.add(severity);
  };
  for (const f of fs.readdirSync(GOLDEN)) {
    const text = f.endsWith(".gz")
      ? zlib.gunzipSync(fs.readFileSync(path.join(GOLDEN, f))).toString("utf8")
      : fs.readFileSync(path.join(GOLDEN, f), "utf8");
    // An issue is written severity first, then its code (the engine's answer and the command line's JSON).
    for (const m of text.matchAll(/"severity":\s*"(\w+)",\s*"code":\s*"([^"]+)"/g)) add(m[2], m[1]);
  }
  return out;
}

/** Every source file under src. */
function sources(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("issue codes and their words", () => {
  const docs = codeDocs();
  const severity = new Map(docs.map((d) => [d.code, d.severity]));

  it("each list's catalogue has exactly the list's codes, each with words in Japanese and English", () => {
    for (const a of ISSUE_AREAS) {
      expect(Object.keys(a.messages).sort()).toEqual(Object.values(a.codes).sort());
      for (const code of Object.values(a.codes)) {
        const e = a.messages[code as keyof typeof a.messages];
        expect([code, typeof e.ja, typeof e.en]).toEqual([code, "function", "function"]);
      }
    }
  });

  it("no code is listed twice, and every code's doc comment says what it means and its severity", () => {
    const all = ISSUE_AREAS.flatMap((a) => Object.values(a.codes));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(70);
    for (const d of docs) {
      expect([d.code, d.severity]).toEqual([d.code, expect.stringMatching(/^(error|warning|info)$/)]);
      expect(d.meaning.length).toBeGreaterThan(10);
    }
  });

  it("every issue in the golden answers has a listed code at its documented severity", () => {
    const found = goldenIssues();
    // The golden files do hold issues of several areas (Form 7, reading, benchmark, forecast, return tables).
    expect(found.size).toBeGreaterThanOrEqual(20);
    const listed = listedCodes();
    for (const [code, severities] of found) {
      expect([code, listed.has(code)]).toEqual([code, true]);
      expect([code, [...severities]]).toEqual([code, [severity.get(code)]]);
    }
  });

  it("no check writes its own words (no issue(…, ja, en) call is left), and every code of the field-code tables is listed", () => {
    const listed = listedCodes();
    let calls = 0;
    for (const file of sources()) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bissue\(\s*"(error|warning|info)",\s*"([^"]+)"/g)) {
        calls++;
        expect([path.relative(SRC, file), m[2]]).toEqual(["(no inline words)", ""]);
      }
      for (const m of text.matchAll(/^\s+\w+: "((?:benchmarkSheet|priceSheet)\.\w+)",$/gm))
        expect([path.relative(SRC, file), m[1], listed.has(m[1])]).toEqual([
          path.relative(SRC, file),
          m[1],
          true,
        ]);
    }
    expect(calls).toBe(0);
  });

  it("an issue's words come from its catalogue, with its params as given", () => {
    const i = issueOf(
      FORM7_MESSAGES,
      "error",
      FORM7_CODES.negativeUsage,
      { sheet: "S", address: "D22" },
      { label: { ja: "電気", en: "electricity" }, found: "-5" },
      { found: "-5" },
    );
    expect(i).toEqual({
      severity: "error",
      code: "form7.negativeUsage",
      cell: { sheet: "S", address: "D22" },
      message: { ja: "D22（電気 使用量）が負の値 -5 です。", en: "D22 (electricity usage) is negative: -5." },
      params: { found: "-5" },
    });
    // Without params there is no params key (the JSON keeps its shape).
    expect(Object.keys(issueOf(FORM7_MESSAGES, "error", FORM7_CODES.missingFloorArea, null, {}))).toEqual([
      "severity",
      "code",
      "cell",
      "message",
    ]);
  });

  it("the README lists every code (area, code, severity, meaning) as the lists say", () => {
    const readme = fs.readFileSync(README, "utf8");
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END);
    if (process.env.UPDATE_README) {
      if (start < 0 || end < 0) throw new Error("README: no issue-codes markers");
      fs.writeFileSync(README, readme.slice(0, start) + codeTable() + readme.slice(end + END.length));
      return;
    }
    expect(readme.slice(start, end + END.length)).toBe(codeTable());
  });
});
