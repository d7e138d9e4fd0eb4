import { definePreset } from "@primeuix/themes";
import Aura from "@primeuix/themes/aura";

/**
 * Aura, tuned for WCAG 2.1 AA: a dark blue primary (white text on it is 8:1), and the
 * severities whose stock shade (500 on white, 600 on a tint) falls under 4.5:1 moved to 700/800.
 * Checked by axe-core on every screen of the browser tests.
 */
const blue = {
  50: "#eff6ff",
  100: "#dbeafe",
  200: "#bfdbfe",
  300: "#93c5fd",
  400: "#3b82f6",
  500: "#1d4ed8",
  600: "#1e40af",
  700: "#1e3a8a",
  800: "#172554",
  900: "#111b44",
  950: "#0a1130",
};

function solid(color: string) {
  return {
    background: `{${color}.700}`,
    hoverBackground: `{${color}.800}`,
    activeBackground: `{${color}.900}`,
    borderColor: `{${color}.700}`,
    hoverBorderColor: `{${color}.800}`,
    activeBorderColor: `{${color}.900}`,
    color: "#ffffff",
    hoverColor: "#ffffff",
    activeColor: "#ffffff",
    focusRing: { color: `{${color}.700}`, shadow: "none" },
  };
}

function message(color: string) {
  return {
    color: `{${color}.800}`,
    outlined: { color: `{${color}.800}`, borderColor: `{${color}.700}` },
    simple: { color: `{${color}.800}` },
  };
}

export const CleaPreset = definePreset(Aura, {
  semantic: {
    primary: blue,
    colorScheme: {
      light: {
        primary: { color: "{primary.500}", contrastColor: "#ffffff", hoverColor: "{primary.600}", activeColor: "{primary.700}" },
        text: { color: "{surface.800}", mutedColor: "{surface.600}" },
        formField: { placeholderColor: "{surface.600}", floatLabelColor: "{surface.600}", iconColor: "{surface.600}" },
      },
    },
  },
  components: {
    button: {
      colorScheme: {
        light: {
          root: {
            secondary: { color: "{surface.700}", hoverColor: "{surface.800}", activeColor: "{surface.900}" },
            danger: solid("red"),
            success: solid("green"),
            warn: solid("orange"),
            info: solid("sky"),
          },
          outlined: {
            danger: { color: "{red.700}", borderColor: "{red.700}", hoverBackground: "{red.50}", activeBackground: "{red.100}" },
            secondary: { color: "{surface.700}", borderColor: "{surface.400}" },
          },
          text: {
            danger: { color: "{red.700}", hoverBackground: "{red.50}", activeBackground: "{red.100}" },
            secondary: { color: "{surface.700}" },
          },
        },
      },
    },
    tag: {
      colorScheme: {
        light: {
          primary: { background: "{primary.100}", color: "{primary.700}" },
          secondary: { background: "{surface.100}", color: "{surface.700}" },
          success: { background: "{green.100}", color: "{green.800}" },
          info: { background: "{sky.100}", color: "{sky.800}" },
          warn: { background: "{amber.100}", color: "{amber.900}" },
          danger: { background: "{red.100}", color: "{red.800}" },
        },
      },
    },
    message: {
      colorScheme: {
        light: {
          info: message("blue"),
          success: message("green"),
          warn: message("amber"),
          error: message("red"),
          secondary: message("surface"),
        },
      },
    },
  },
});
