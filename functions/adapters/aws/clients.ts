import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from '#functions/shared/observability.ts';

let documentClient: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;

/** The process-wide DynamoDB document client, traced by X-Ray, created on first use. */
export function dynamoDocumentClient(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return documentClient;
}

/** The process-wide S3 client, traced, created on first use. */
export function s3Client(): S3Client {
  s3 ??= tracer.captureAWSv3Client(new S3Client({}));
  return s3;
}
