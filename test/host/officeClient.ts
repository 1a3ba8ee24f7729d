/**
 * Microsoft's own Excel client runtime (`@microsoft/office-js`, dist/excel-web-16.00.js: OfficeExtension,
 * the RichApi request builder and the Excel object model) loaded in a Node `vm` context, with its request
 * executor pointed at a function of ours. Every `context.sync()` of code under test then goes through the
 * real client — load-before-read, sync-before-read, per-API requirement checks, the real request JSON — and
 * reaches `execute(flags, body)` as the object paths and actions the client built.
 *
 * No network: the runtime is read from node_modules; nothing else is loaded.
 */
import fs from "node:fs";
import vm from "node:vm";

/** The body the client hands to its request executor (RichApi request message). */
export interface RichApiRequestBody {
  Actions: RichApiAction[];
  ObjectPaths: Record<string, RichApiObjectPath>;
}

export interface RichApiAction {
  Id: number;
  /** 1 Instantiate, 2 Query, 3 Method, 4 SetProperty, 5 Trace. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RichApiObjectPath {
  Id: number;
  /** 1 GlobalObject, 2 NewObject, 3 Method, 4 Property, 5 Indexer, 6 ReferenceId, 7 NullObject. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

export interface RichApiResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex?: number; Location?: string };
}

/** Flag bit the client sets on a batch run with `delayForCellEdit` where the DelayForCellEdit set is supported. */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

export type Execute = (flags: number, body: RichApiRequestBody) => Promise<RichApiResponseBody>;

export interface OfficeClient {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  Excel: any;
  Office: any;
  OfficeExtension: any;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

const RUNTIME = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
let compiled: vm.Script | null = null;

/**
 * A fresh client (its own vm context, so no state leaks between tests) whose batches go to `execute`.
 * `office` is merged into the runtime's Office object: `context` (requirements, document settings, …).
 */
export function loadOfficeClient(execute: Execute, office: { context: unknown }): OfficeClient {
  compiled ??= new vm.Script(fs.readFileSync(RUNTIME, "utf8"), { filename: "excel-web-16.00.js" });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "node" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  compiled.runInContext(sandbox);
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const OfficeExtension = sandbox.OfficeExtension as any;
  const Office = sandbox.Office as any;
  // Office.context is the runtime's getter over OSF._OfficeAppFactory.getContext() (filled in by the host
  // bridge at start-up): that factory answers with ours.
  const OSF = sandbox.OSF as any;
  OSF._OfficeAppFactory = { ...(OSF._OfficeAppFactory ?? {}), getContext: () => office.context };
  // A session of ours: the client asks it for the request executor (instead of the Office host bridge).
  class HostSession extends OfficeExtension.SessionBase {
    _resolveRequestUrlAndHeaderInfo() {
      return Promise.resolve({ url: "https://strict-host.invalid", headers: {} });
    }
    _createRequestExecutorOrNull() {
      return {
        executeAsync: (_customData: unknown, flags: number, message: { Body: RichApiRequestBody }) =>
          execute(flags, message.Body).then((body) => ({
            HttpStatusCode: 200,
            ErrorCode: null,
            ErrorMessage: null,
            Headers: {},
            Body: body,
          })),
      };
    }
  }
  OfficeExtension.SessionBase._overrideSession = new HostSession();
  // Microsoft's per-API requirement table: each API newer than the claimed sets throws ApiNotFound before
  // anything is sent. The runtime switches it on through a static of Utility, which CommonUtility's check
  // (the one that runs) does not see; switched on where it is read.
  OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  return { Excel: sandbox.Excel as any, Office, OfficeExtension };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
