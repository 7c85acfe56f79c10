#!/usr/bin/env python3
"""Screenshots of a report.html in headless Chromium, for review notes.

    scripts/report-shots.py REPORT.html OUT_DIR [--widths 1400,800]

Writes, per width, `full-<w>.png` (the whole page), one PNG per section
(`<w>-summary.png`, `<w>-findings.png`, …) and `report.pdf` (Chromium's
print to PDF). Needs /usr/bin/chromium and Pillow (pip install pillow).
The page is opened with a script that records each section's position and
the page height into the DOM, then shot at that height and cut.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile

from PIL import Image

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--hide-scrollbars",
]

PROBE = """<script>
window.addEventListener("load", function () { setTimeout(function () {
  var out = {height: document.documentElement.scrollHeight, sections: {}};
  document.querySelectorAll("main > section").forEach(function (s) {
    var r = s.getBoundingClientRect();
    out.sections[s.id] = [Math.round(r.top + window.scrollY), Math.round(r.height)];
  });
  var pre = document.createElement("pre"); pre.id = "probe-result";
  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
}, 50); });
</script>"""


def chromium(profile, *args):
    return subprocess.run(["/usr/bin/chromium", *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("out")
    ap.add_argument("--widths", default="1400,800")
    a = ap.parse_args()
    report = pathlib.Path(a.report).resolve()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    page = report.read_text()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        probe = tmp / "probe.html"
        probe.write_text(page.replace("<head>", "<head>" + PROBE, 1))
        for w in [int(x) for x in a.widths.split(",")]:
            dom = chromium(tmp / f"p{w}", f"--window-size={w},1000", "--dump-dom",
                           "--virtual-time-budget=3000", f"file://{probe}").stdout
            m = re.search(r'<pre id="probe-result">(.*?)</pre>', dom, re.S)
            if not m:
                sys.exit(f"the probe did not finish at {w} px")
            geo = json.loads(m.group(1).replace("&quot;", '"'))
            full = out / f"full-{w}.png"
            chromium(tmp / f"s{w}", f"--window-size={w},{geo['height']}",
                     f"--screenshot={full}", f"file://{report}")
            img = Image.open(full)
            for name, (top, height) in geo["sections"].items():
                box = (0, max(0, top - 8), w, min(img.height, top + height + 8))
                if box[3] > box[1]:
                    img.crop(box).save(out / f"{w}-{name}.png")
            print(f"{w} px: page {geo['height']} px tall, {len(geo['sections'])} sections")
        chromium(tmp / "pdf", f"--print-to-pdf={out / 'report.pdf'}", "--no-pdf-header-footer",
                 f"file://{report}")
        print(f"pdf: {(out / 'report.pdf').stat().st_size} bytes")


if __name__ == "__main__":
    main()
