#!/usr/bin/env bash
# The landing set: every campaign a Core change is judged on before it lands (docs/safety.md, "The landing set" of each
# session), run on one source tree into one folder of text files, so that two trees' folders compare file by file.
#
#   tools/landing-set.sh TREE OUTDIR            # TREE: a checkout of this repository; OUTDIR: created if missing
#   ONLY="faults1 bench1" tools/landing-set.sh TREE OUTDIR     # only the named items
#   SKIP_BENCH=1 tools/landing-set.sh TREE OUTDIR               # everything but bench seeds 1-6
#
# Items (one file each, NAME.txt, stderr in NAME.err, times in times.log): bench1-6; faults1 / room12 / room16 / cold (faults
# seed 1 --cases, in the drawn rooms, at 12 and 16 C, switched on 10 C cold) each also with the Factory flags (suffix F);
# lie1-6 and wlie1-6 (the lying-down group, rooms 16-26 and 16-30 C), each also with the flags (lieF, wlieF); restarts(F);
# restless1-2(F); settle12/16/22/28/30(F) (the three settling loosening kinds per room); pl1-2(F) and pl16x60s1-2 (the pack-left
# group, drawn and pinned at 16 C / 60 s); memory; selftest. Two chains run side by side (about 30 minutes on two idle cores).
set -u
if [ $# -ne 2 ]; then
  echo "usage: tools/landing-set.sh TREE OUTDIR" >&2
  exit 2
fi
TREE=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
BIN="$OUT/bin"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build "$TREE/HeatPadFirmware.Simulator" -c Release -o "$BIN" >"$OUT/build.log" 2>&1; then
  echo "build failed: $OUT/build.log" >&2
  exit 1
fi
SIM=(dotnet "$BIN/HeatPadFirmware.Simulator.dll")
F=(--element-sensor --element-calibration Factory)
Z=(--kinds HeaterOpen --sessions 0 --contrast-sessions 0 --held-sag-sessions 0 --pocket-sessions 0)
SETTLE=(--kinds SettlingLoosening50,SettlingLoosening65,SettlingLoosening80 --sessions 0 --contrast-sessions 0 --held-sag-sessions 0 --pocket-sessions 0 --lie-down-sessions 0 --cases)
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

want() {
  [ -z "${ONLY:-}" ] && return 0
  for w in $ONLY; do [ "$w" = "$1" ] && return 0; done
  return 1
}

# run NAME ARGS...: one item, from a scratch folder (the simulator writes its plots under ./out).
run() {
  local name=$1
  shift
  want "$name" || return 0
  local t0
  t0=$(date +%s)
  (cd "$SCRATCH" && "${SIM[@]}" "$@" >"$OUT/$name.txt" 2>"$OUT/$name.err")
  echo "$name rc=$? $(( $(date +%s) - t0 ))s" >>"$OUT/times.log"
}

chain_a() {
  if [ -z "${SKIP_BENCH:-}" ]; then
    for s in 1 2 3 4 5 6; do run "bench$s" bench --seed "$s" --json --plot "$SCRATCH/bench$s"; done
  fi
  run faults1 faults --seed 1 --cases
  run faults1F faults --seed 1 --cases "${F[@]}"
  run room12 faults --seed 1 --cases --room 12
  run room12F faults --seed 1 --cases --room 12 "${F[@]}"
  run room16 faults --seed 1 --cases --room 16
  run room16F faults --seed 1 --cases --room 16 "${F[@]}"
  run cold faults --seed 1 --cases --cold-start 10
  run coldF faults --seed 1 --cases --cold-start 10 "${F[@]}"
  run memory memory
  run selftest selftest
}

chain_b() {
  for s in 1 2 3 4 5 6; do
    run "lie$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 400 --cases
    run "lieF$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 400 --cases "${F[@]}"
    run "wlie$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 400 --cases --life-room-max 30
    run "wlieF$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 400 --cases --life-room-max 30 "${F[@]}"
  done
  run restarts restarts --cases
  run restartsF restarts --cases "${F[@]}"
  for s in 1 2; do
    run "restless$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 0 --restless-sessions 400 --cases
    run "restlessF$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 0 --restless-sessions 400 --cases "${F[@]}"
  done
  for r in 12 16 22 28 30; do
    run "settle$r" faults --seed 1 "${SETTLE[@]}" --room "$r"
    run "settleF$r" faults --seed 1 "${SETTLE[@]}" --room "$r" "${F[@]}"
  done
  for s in 1 2; do
    run "pl$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 0 --pack-left-sessions 400 --cases
    run "plF$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 0 --pack-left-sessions 400 --cases "${F[@]}"
    run "pl16x60s$s" faults --seed "$s" "${Z[@]}" --lie-down-sessions 0 --pack-left-sessions 400 --cases --room 16 --pack-left-seconds 60
  done
}

chain_a &
chain_b &
wait
echo "done $(date -u)" >>"$OUT/times.log"
