import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { linkKeyPrefix } from '#functions/platform/identity/link-keys.ts';
import { tableSchema } from '#functions/platform/table/table-schema.ts';
import type { StageConfig } from '../config.ts';
import { EvidenceBucket } from '../constructs/evidence-bucket.ts';
import { PeopleDirectory } from '../constructs/people-directory.ts';
import { acknowledge } from '../nag-acknowledgements.ts';
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
  readonly linkKeys: Secret;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const origin = props.config.appOrigin;
    this.evidence = new EvidenceBucket(this, 'Evidence', {
      bucketName: evidenceBucketName(props.config.stage),
      allowedOrigins: [origin],
    });
    this.linkKeys = new Secret(this, 'LinkKeys', {
      description:
        'Siklus signed-link keys: {"current": "<kid>", "key:<kid>": "<key>", ...}; add a key and make it current to rotate',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ current: 'k1' }),
        generateStringKey: `${linkKeyPrefix}k1`,
        passwordLength: 64,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.linkKeys,
      'AwsSolutions-SMG4',
      'Link keys rotate by key id: an admin adds a key and makes it current, and links signed with the old key keep working until they expire. A rotation Lambda would break links in flight.',
    );
    this.people = new PeopleDirectory(this, 'People', {
      domainPrefix: `siklus-${props.config.stage}-${this.account}`,
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
