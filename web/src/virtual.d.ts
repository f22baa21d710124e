/** The SageMaker botocore model's JSON text, provided by web/build.mjs. */
declare module 'virtual:sagemaker-model' {
  const text: string;
  export default text;
}
