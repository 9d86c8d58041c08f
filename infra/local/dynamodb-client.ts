import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Fixed dummy credentials and region: with `-sharedDb` DynamoDB Local ignores them, and fixing
 * them means the server, the CLI and the tests always see one database.
 */
export const localAwsConfig = {
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'siklus', secretAccessKey: 'siklus' },
} as const;

export function createDynamoClients(endpoint: string) {
  const client = new DynamoDBClient({ ...localAwsConfig, endpoint, maxAttempts: 3 });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, documentClient };
}
