"""PyInstaller's own hook for PySide6.QtGui, keeping only the Qt plugins the Linux build uses.

The stock hook collects every plugin type QtGui may load, and then the libraries each plugin
needs: the GTK 3 theme alone pulls in GTK, GDK, cairo and pango from the build machine (20 MB);
the eglfs, linuxfb, VNC and evdev plugins are for devices without a desktop; the OpenGL
integrations serve Qt Quick and OpenGL widgets, which idguide does not use. A plugin left out
here never reaches the build, nor do the libraries only it needed. (This file overrides the
stock hook because packaging/idguide.spec lists its folder in ``hookspath``.) Builds on Windows
and macOS keep every plugin the stock hook collects: their trimming has not been tried.
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin folder -> the plugin files kept on Linux
KEEP = {
    # X11, Wayland, and offscreen (no display: the build's own test, and scripted use)
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"},
    # the desktop's file dialogs through the XDG portal (GNOME, KDE, Flatpak)
    "platformthemes": {"libqxdgdesktopportal.so"},
    # dead keys and compose sequences (accents in es/fr/pt), and input methods
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # pictures the app decodes with Qt (PNG and BMP are built in); SVG for the desktop's icons
    "imageformats": {"libqjpeg.so", "libqwebp.so", "libqsvg.so"},
    "iconengines": {"libqsvgicon.so"},
    # Wayland windows: the standard shell and client-side title bars
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": {"libadwaita.so", "libbradient.so"},
}


def kept(binary: tuple[str, str]) -> bool:
    source, target = binary
    if "plugins" not in Path(target).parts:
        return True
    return Path(source).name in KEEP.get(Path(target).name, set())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
if sys.platform.startswith("linux"):
    binaries = [binary for binary in binaries if kept(binary)]
