#!/usr/bin/env bash
# make-demo-media.sh: regenerates the small demo items in assets/media/ (clips with a tone and
# drawn text, stills, subtitles) with Debian's ffmpeg. The output is committed; run this only to
# change the demo content. Needs ffmpeg and fonts-noto-core.
#   scripts/make-demo-media.sh [OUTDIR]     (default: assets/media)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/assets/media}
font=/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf
command -v ffmpeg >/dev/null || { echo "make-demo-media: needs ffmpeg (apt-get install ffmpeg)"; exit 1; }
mkdir -p "$out"
ff=(ffmpeg -hide_banner -loglevel error -y)

# clip NAME SECONDS SOURCE TONE_HZ TITLE: 640x360 25 fps H.264 + AAC, small enough to commit.
clip() {
  local name=$1 seconds=$2 source=$3 tone=$4 title=$5
  "${ff[@]}" -f lavfi -i "$source=size=640x360:rate=25" -f lavfi -i "sine=frequency=$tone:sample_rate=44100" \
    -t "$seconds" -vf "drawbox=y=ih-90:w=iw:h=90:color=black@0.6:t=fill,drawtext=fontfile=$font:text='$title':x=24:y=h-70:fontsize=34:fontcolor=white" \
    -c:v libx264 -preset veryslow -crf 34 -pix_fmt yuv420p -c:a aac -b:a 48k -ac 1 -movflags +faststart \
    "$out/$name.mp4"
}

# still NAME COLOR TITLE SUBTITLE: a 1280x720 PNG slide.
still() {
  local name=$1 color=$2 title=$3 subtitle=$4
  "${ff[@]}" -f lavfi -i "color=c=$color:size=1280x720" -frames:v 1 \
    -vf "drawtext=fontfile=$font:text='$title':x=(w-text_w)/2:y=h/2-80:fontsize=64:fontcolor=white,drawtext=fontfile=$font:text='$subtitle':x=(w-text_w)/2:y=h/2+20:fontsize=36:fontcolor=0xffd24a" \
    "$out/$name.png"
}

clip cobot-assembly 6 testsrc2 440 'Cobot in assembly · Robot collaborativo'
clip additive-spares 5 smptehdbars 523 'Spare parts by 3D printing'
clip ar-maintenance 5 testsrc 659 'AR-guided maintenance'
still welcome 0x0b3d6e 'Punto Impresa Digitale' 'Best practice 4.0'
still dashboard-1 0x114d3a 'Big data in the bakery' 'Forecasts that cut waste'
still dashboard-2 0x4a2a6b 'Cloud ERP for a small firm' 'Orders, stock and invoices in one place'

# Subtitles next to a clip: mpv loads <clip>.<lang>.srt by itself (sub-auto=exact).
cat >"$out/ar-maintenance.it.srt" <<'SRT'
1
00:00:00,200 --> 00:00:02,400
Il tecnico vede le istruzioni sulla macchina.

2
00:00:02,500 --> 00:00:04,800
Meno fermi, meno errori.
SRT
cat >"$out/ar-maintenance.en.srt" <<'SRT'
1
00:00:00,200 --> 00:00:02,400
The technician sees the instructions on the machine.

2
00:00:02,500 --> 00:00:04,800
Less downtime, fewer mistakes.
SRT
du -ch "$out"/*.mp4 "$out"/*.png | tail -1
