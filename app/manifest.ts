import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest, linked from every page by Next.js): lets a
 * learner add Skilltrail to a phone's home screen, opening on their dashboard. The icons are
 * app/icon.svg (any size) and app/apple-icon.png, so there is one drawing to keep in sync.
 * Colours are the brand's teal (globals.css, brand-700) on the page background (slate-50).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Skilltrail",
    short_name: "Skilltrail",
    description: "Skilltrail turns a skill guide into a trackable learning path.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0f766e",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
