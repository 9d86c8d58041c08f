import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { tableSchema } from '#functions/store/table-schema.ts';
import type { StageConfig } from '../config.ts';
import { EvidenceBucket } from '../constructs/evidence-bucket.ts';
import { PeopleDirectory } from '../constructs/people-directory.ts';
import { evidenceBucketName } from '../naming.ts';

/**
 * Stateful resources, kept apart from compute so that a redeploy of the code can never
 * replace them: the single table (retained, protected, recoverable to any second of 35 days),
 * the evidence bucket and the people directory (Cognito), all retained.
 */
export interface DataStackProps extends StackProps {
  config: StageConfig;
}

export class DataStack extends Stack {
  readonly table: Table;
  readonly evidence: EvidenceBucket;
  readonly people: PeopleDirectory;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const origin = props.config.appOrigin;
    this.evidence = new EvidenceBucket(this, 'Evidence', {
      bucketName: evidenceBucketName(props.config.stage),
      allowedOrigins: [origin],
    });
    this.people = new PeopleDirectory(this, 'People', {
      callbackUrls: [`${origin}/auth/callback`],
      logoutUrls: [`${origin}/`],
    });
    this.table = new Table(this, 'Table', {
      partitionKey: { name: tableSchema.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableSchema.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: tableSchema.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableSchema.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }
}
