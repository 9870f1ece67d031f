/** The part of web-ext's Node API that build/lint-firefox.ts uses (the package ships no types). */
declare module 'web-ext' {
  export const cmd: {
    lint(
      options: {
        sourceDir: string;
        output: 'none' | 'json' | 'text';
        selfHosted?: boolean;
        warningsAsErrors?: boolean;
      },
      runtime: { shouldExitProgram: boolean },
    ): Promise<unknown>;
  };
}
