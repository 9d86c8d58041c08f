import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles } from '#functions/platform/identity/identity.ts';

export interface PeopleDirectoryProps {
  /** Prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`), unique per region. */
  domainPrefix: string;
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
  /** The managed login origin, e.g. `https://siklus-prod-123.auth.ap-southeast-3.amazoncognito.com`. */
  readonly domainUrl: string;

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
    const domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    // Managed login shows nothing until the client has a branding; Cognito's own is enough.
    new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    this.domainUrl = domain.baseUrl();
  }
}
