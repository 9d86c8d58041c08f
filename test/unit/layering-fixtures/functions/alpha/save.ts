import { PutItemCommand } from '@aws-sdk/client-dynamodb';

/** Breaks domain-not-adapters: domain code builds an AWS SDK command itself. */
export function saveCommand(id: string): PutItemCommand {
  return new PutItemCommand({ TableName: 'entries', Item: { id: { S: id } } });
}
