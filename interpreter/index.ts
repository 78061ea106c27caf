// golesson's interpreter as hosts see it: run a Go program, build one (for diagnostics and the
// escape analysis), and the shapes they speak in (api.ts).
export { runProgram, buildProgram, importStd, type BuildResult } from './run.js';
export { compileProgram, type CompiledProgram, type CompileOptions, type GoFrame } from './compile/program.js';
export type * from './api.js';
export { Session } from './session.js';
export { withTrace, type TraceLog } from './traced.js';
export { traceBundle, buildModel, renderText as renderTraceText } from './trace/index.js';
export { escapeBundle } from './escape/view.js';
export { buildDiagnostics } from './escape/index.js';
export { setMemoryProbe } from './runtime/interrupt.js';
