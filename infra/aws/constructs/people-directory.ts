import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles } from '#functions/auth/identity.ts';

export interface PeopleDirectoryProps {
  /** Where managed login may send people back to (the app's callback URLs). */
  callbackUrls: string[];
  logoutUrls: string[];
}

/** The attributes that scope a person; only admins (through the Cognito API) may set them. */
export const scopeAttributes = ['custom:city', 'custom:opd'] as const;

/**
 * The people of every city: a Cognito user pool whose groups are the Siklus roles, with city and
 * OPD as custom attributes that the app client can read but never write. Admins create people;
 * nobody signs up. Retained, since it holds accounts.
 */
export class PeopleDirectory extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: PeopleDirectoryProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      customAttributes: {
        city: new StringAttribute({ minLen: 1, maxLen: 63, mutable: true }),
        opd: new StringAttribute({ minLen: 1, maxLen: 63, mutable: true }),
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of roles) {
      new CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: `Siklus role ${role}`,
      });
    }
    const standard = { email: true, fullname: true, locale: true };
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.callbackUrls,
        logoutUrls: props.logoutUrls,
      },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes()
        .withStandardAttributes(standard)
        .withCustomAttributes('city', 'opd'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true, locale: true }),
    });
  }
}
