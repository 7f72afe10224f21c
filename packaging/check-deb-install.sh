#!/bin/sh
# check-deb-install.sh DEB [CHROOT]: installs the package on a clean Debian 12 and checks that it
# works there: a fresh `debootstrap --variant=minbase bookworm` tree (made in CHROOT, default a temp
# dir; an existing tree is reused as it is), `apt-get install ./DEB` pulling the dependencies from
# the archive, then the user, modes and files the postinst promises, the kiosk started from the
# packaged config and assets (under Xvfb, a screenshot of the attract loop), kioskctl on the
# packaged questionnaire, and a purge that removes the data. Needs root and the Debian mirror.
set -eu
deb=$(realpath "$1")
root=${2:-$(mktemp -d /tmp/pid-kiosk-deb.XXXXXX)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

step() { printf '== %s (%ss)\n' "$1" "$(($(date +%s) - started))"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
started=$(date +%s)

if [ ! -x "$root/usr/bin/apt-get" ]; then
  step "debootstrap --variant=minbase bookworm $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    fail "debootstrap (log: $root.debootstrap.log)"
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/tmp/"
packages_before=$(in_root dpkg-query -f '.\n' -W | wc -l)

step "apt-get install ./$(basename "$deb")"
in_root apt-get update -q >/dev/null
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/$(basename "$deb")" >"$root/tmp/install.log" 2>&1 ||
  { tail -n 30 "$root/tmp/install.log"; fail "apt-get install"; }
packages_after=$(in_root dpkg-query -f '.\n' -W | wc -l)
echo "packages: $packages_before before, $packages_after after"

step "what the postinst promises"
in_root getent passwd kiosk >/dev/null || fail "no kiosk user"
# stat inside the tree: its kiosk user's uid means someone else in the host's /etc/passwd.
mode() { in_root stat -c "$1" "$2"; }
[ "$(mode '%a %U' /var/lib/pid-kiosk)" = "700 kiosk" ] || fail "/var/lib/pid-kiosk is $(mode '%a %U' /var/lib/pid-kiosk)"
[ "$(mode '%a %G' /etc/pid-kiosk/kiosk.toml)" = "640 kiosk" ] || fail "kiosk.toml is $(mode '%a %G' /etc/pid-kiosk/kiosk.toml)"
for file in /usr/bin/pid-kiosk /usr/bin/kioskctl /lib/systemd/system/pid-kiosk.service \
            /usr/share/pid-kiosk/assessment/questionnaire.toml; do
  [ -e "$root$file" ] || fail "$file is missing"
done
in_root sh -c 'ldd /usr/bin/pid-kiosk /usr/bin/kioskctl | grep "not found"' && fail "unresolved libraries"

step "kioskctl on the packaged questionnaire"
in_root kioskctl assess check --questionnaire /usr/share/pid-kiosk/assessment >/dev/null ||
  fail "kioskctl assessment check"

step "the packaged kiosk under Xvfb, as the kiosk user, with the packaged config"
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth >/dev/null 2>&1' || fail "installing xvfb"
in_root su -s /bin/sh kiosk -c 'cd /var/lib/pid-kiosk && LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1280x720x24" \
    pid-kiosk --config /etc/pid-kiosk/kiosk.toml --size 1280x720 --shot /var/lib/pid-kiosk/attract.png' \
    >"$root/tmp/kiosk.log" 2>&1 || { tail -n 20 "$root/tmp/kiosk.log"; fail "the kiosk did not start"; }
[ -s "$root/var/lib/pid-kiosk/attract.png" ] || fail "no screenshot"
cp "$root/var/lib/pid-kiosk/attract.png" "$root.attract.png"
echo "screenshot: $root.attract.png"

step "purge"
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -q pid-kiosk' >/dev/null 2>&1 || fail "purge"
[ ! -e "$root/var/lib/pid-kiosk" ] || fail "/var/lib/pid-kiosk survived the purge"
step "ok"
