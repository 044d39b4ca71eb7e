#!/usr/bin/env python3
"""Renders SVG files to PNG at given sizes, for the icons whose PNGs are committed.

    tools/render-svg.py --sizes 16,24,32,48 --target 'png/{name}-{size}.png' resources/icons
    tools/render-svg.py --sizes 16,32,48,64,128,256 --target '{size}x{size}/{name}.png' packaging/icons

Every DIR/*.svg is rendered; --target is relative to DIR. The SVGs are the source: rerun this
after editing one and commit the PNGs (the window's icons fall back to them without Qt's SVG
plugin; the package installs them as hicolor sizes so that building it needs no renderer).
Needs only librsvg-2 and cairo at run time (ctypes, no Python packages).
"""
import argparse
import ctypes
import pathlib

rsvg = ctypes.CDLL("librsvg-2.so.2")
cairo = ctypes.CDLL("libcairo.so.2")


class Rect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double),
                ("width", ctypes.c_double), ("height", ctypes.c_double)]


rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
rsvg.rsvg_handle_render_document.restype = ctypes.c_int
rsvg.rsvg_handle_render_document.argtypes = [ctypes.c_void_p, ctypes.c_void_p,
                                             ctypes.POINTER(Rect), ctypes.c_void_p]
cairo.cairo_image_surface_create.restype = ctypes.c_void_p
cairo.cairo_image_surface_create.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
cairo.cairo_create.restype = ctypes.c_void_p
cairo.cairo_create.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]


def render(svg: pathlib.Path, size: int, target: pathlib.Path) -> None:
    handle = rsvg.rsvg_handle_new_from_file(str(svg).encode(), None)
    if not handle:
        raise SystemExit(f"cannot read {svg}")
    surface = cairo.cairo_image_surface_create(0, size, size)  # CAIRO_FORMAT_ARGB32
    cr = cairo.cairo_create(surface)
    viewport = Rect(0, 0, size, size)
    if not rsvg.rsvg_handle_render_document(ctypes.c_void_p(handle), cr,
                                            ctypes.byref(viewport), None):
        raise SystemExit(f"cannot render {svg}")
    target.parent.mkdir(parents=True, exist_ok=True)
    cairo.cairo_surface_write_to_png(surface, str(target).encode())
    cairo.cairo_destroy(cr)
    cairo.cairo_surface_destroy(surface)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", required=True, help="comma-separated pixel sizes")
    parser.add_argument("--target", required=True,
                        help="output path under DIR, with {name} and {size}")
    parser.add_argument("dir", type=pathlib.Path, help="folder of the SVG files")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    count = 0
    for svg in sorted(args.dir.glob("*.svg")):
        for size in sizes:
            render(svg, size, args.dir / args.target.format(name=svg.stem, size=size))
            count += 1
    print("rendered", count, "png files")


if __name__ == "__main__":
    main()
