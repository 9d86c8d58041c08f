import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, inject, it } from 'vitest';
import { roles } from '#functions/platform/identity/identity.ts';
import { tableSchema } from '#functions/platform/table/table-schema.ts';
import { templateOf } from '#test/support/templates.ts';

describe('data stack', () => {
  const json = templateOf(inject('assemblyDir'), 'Data');
  const template = Template.fromJSON(json);

  it('holds exactly one DynamoDB table, built from the shared schema', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: tableSchema.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableSchema.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: tableSchema.ttlAttribute, Enabled: true },
      GlobalSecondaryIndexes: tableSchema.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
  });

  it('protects the table: recovery, deletion protection, retained, encrypted', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      },
    });
  });

  it('lets the app client read but never write the city and OPD of a person', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ReadAttributes: Match.arrayWith(['custom:city', 'custom:opd']),
      AllowedOAuthFlows: ['code'],
      GenerateSecret: false,
    });
    const client = Object.values(json.Resources).find((r) => r.Type === 'AWS::Cognito::UserPoolClient');
    expect(client?.Properties?.WriteAttributes).not.toContain('custom:city');
    expect(client?.Properties?.WriteAttributes).not.toContain('custom:opd');
  });

  it('has one user pool group per role, and no self sign-up', () => {
    const groups = Object.values(json.Resources)
      .filter((r) => r.Type === 'AWS::Cognito::UserPoolGroup')
      .map((r) => r.Properties?.GroupName)
      .sort();
    expect(groups).toEqual([...roles].sort());
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });

  it('keeps evidence in a private, versioned, SSL-only, retained bucket', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        LoggingConfiguration: Match.anyValue(),
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('holds no compute, so that deploying code never touches it', () => {
    const types = Object.values(json.Resources).map((r) => r.Type);
    expect(types).toContain('AWS::DynamoDB::Table');
    expect(types.filter((type) => /Lambda|StepFunctions|ApiGateway|IAM::Role/.test(type))).toEqual([]);
  });
});
