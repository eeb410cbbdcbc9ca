// Preloaded (`node --import`) into the `unione ingest` child of the ingest bench: when the process exits, one line
// on stderr with its peak RSS (VmHWM: every thread, parse workers included; not the OCR programs it runs) and its
// CPU time, so that the figures are those of the command an official runs and of nothing else.
import { readFileSync, writeSync } from "node:fs";

const cpuAtStart = process.cpuUsage();

function peakRssMb() {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (line) return Number(line[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

process.on("exit", () => {
  const cpu = process.cpuUsage(cpuAtStart);
  const figures = { peakRssMb: peakRssMb(), cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  writeSync(2, `BENCH ${JSON.stringify(figures)}\n`);
});
