#!/usr/bin/env python3
"""Renders the application icon (the SVG next to this file) to hicolor PNG sizes.

The SVG is the source; the PNGs are committed so that building the package needs no SVG
renderer. Needs only librsvg-2 and cairo at run time (ctypes, no Python packages): rerun it
after editing the SVG and commit the PNGs.
"""
import ctypes
import pathlib

SIZES = (16, 32, 48, 64, 128, 256)

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

here = pathlib.Path(__file__).resolve().parent
for svg in sorted(here.glob("*.svg")):
    handle = rsvg.rsvg_handle_new_from_file(str(svg).encode(), None)
    if not handle:
        raise SystemExit(f"cannot read {svg}")
    for size in SIZES:
        surface = cairo.cairo_image_surface_create(0, size, size)  # CAIRO_FORMAT_ARGB32
        cr = cairo.cairo_create(surface)
        viewport = Rect(0, 0, size, size)
        if not rsvg.rsvg_handle_render_document(ctypes.c_void_p(handle), cr,
                                                ctypes.byref(viewport), None):
            raise SystemExit(f"cannot render {svg}")
        target = here / f"{size}x{size}" / f"{svg.stem}.png"
        target.parent.mkdir(exist_ok=True)
        cairo.cairo_surface_write_to_png(surface, str(target).encode())
        cairo.cairo_destroy(cr)
        cairo.cairo_surface_destroy(surface)
        print("rendered", target.relative_to(here))
