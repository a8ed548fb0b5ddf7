export declare const CHROMIUM_PATH: string
export declare const CHROMIUM_HEADLESS_SHELL_PATH: string
export declare const CHROMIUM_ARGS: string[]
export declare function chromiumLaunchOptions(options?: { shell?: boolean }): {
  executablePath: string
  args: string[]
}
