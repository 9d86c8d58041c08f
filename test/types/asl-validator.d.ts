declare module 'asl-validator' {
  const aslValidator: (
    definition: unknown,
    options?: { checkPaths?: boolean; checkArn?: boolean },
  ) => { isValid: boolean; errors: { message: string }[]; errorsText: (separator?: string) => string };
  export default aslValidator;
}
