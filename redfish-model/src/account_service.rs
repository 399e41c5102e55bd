//! `AccountService`: The `AccountService` schema defines an account service. The properties are common to, and enable management of, all user accounts. The properties include the password requirements and control features, such as account lockout. Properties and actions in this service specify general behavior that should be followed for typical accounts, however implementations might override these behaviors for special accounts or situations to avoid denial of service or other deadlock situations.
//!
//! Generated from the DMTF Redfish schema `AccountService.v1_18_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `account_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AccountService` schema defines an account service. The properties are common to, and enable management of, all user accounts. The properties include the password requirements and control features, such as account lockout. Properties and actions in this service specify general behavior that should be followed for typical accounts, however implementations might override these behaviors for special accounts or situations to avoid denial of service or other deadlock situations.
    ///
    /// DMTF schema `AccountService` v1_18_1 (Redfish 2025.4).
    pub struct AccountService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The period of time, in seconds, between the last failed login attempt and the reset of the lockout threshold counter. This value must be less than or equal to the `AccountLockoutDuration` value. A reset sets the counter to `0`.
        ///
        /// Writable. Units: `s`.
        "AccountLockoutCounterResetAfter" => account_lockout_counter_reset_after: i64,
        /// An indication of whether the threshold counter is reset after `AccountLockoutCounterResetAfter` expires. If `true`, it is reset. If `false`, only a successful login resets the threshold counter and if the user reaches the `AccountLockoutThreshold` limit, the account will be locked out indefinitely and only an administrator-issued reset clears the threshold counter. If this property is absent, the default is `true`.
        ///
        /// Writable.
        "AccountLockoutCounterResetEnabled" => account_lockout_counter_reset_enabled: bool,
        /// The period of time, in seconds, that an account is locked after the number of failed login attempts reaches the account lockout threshold, within the period between the last failed login attempt and the reset of the lockout threshold counter. If this value is `0`, no lockout will occur. If the `AccountLockoutCounterResetEnabled` value is `false`, this property is ignored.
        ///
        /// Writable. Units: `s`.
        "AccountLockoutDuration" => account_lockout_duration: i64,
        /// The number of allowed failed login attempts before a user account is locked for a specified duration. If `0`, the account is never locked.
        ///
        /// Writable.
        "AccountLockoutThreshold" => account_lockout_threshold: i64,
        /// The collection of manager accounts.
        ///
        /// Read-only.
        "Accounts" => accounts: crate::Link<crate::Collection<crate::manager_account::ManagerAccount>>,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The first Active Directory external account provider that this account service supports.
        "ActiveDirectory" => active_directory: crate::account_service::ExternalAccountProvider,
        /// The additional external account providers that this account service uses.
        ///
        /// Read-only.
        "AdditionalExternalAccountProviders" => additional_external_account_providers: crate::Link<crate::Collection<crate::external_account_provider::ExternalAccountProvider>>,
        /// The number of authorization failures per account that are allowed before the failed attempt is logged to the manager log.
        ///
        /// Writable.
        "AuthFailureLoggingThreshold" => auth_failure_logging_threshold: i64,
        /// Read-only.
        "Description" => description: String,
        /// The number of unique new passwords that need to be associated with a user account before a previous password is accepted when modifying the password. If `0`, a user does not need to provide a unique new password.
        ///
        /// Writable.
        "EnforcePasswordHistoryCount" => enforce_password_history_count: i64,
        /// Indicates if HTTP Basic authentication is enabled for this service.
        ///
        /// Writable.
        "HTTPBasicAuth" => http_basic_auth: crate::account_service::BasicAuthState,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The first LDAP external account provider that this account service supports.
        "LDAP" => ldap: crate::account_service::ExternalAccountProvider,
        /// An indication of how the service uses the accounts collection within this account service as part of authentication. The enumerated values describe the details for each mode.
        ///
        /// Writable.
        "LocalAccountAuth" => local_account_auth: crate::account_service::LocalAccountAuth,
        /// The maximum password length for this account service.
        ///
        /// Writable.
        "MaxPasswordLength" => max_password_length: i64,
        /// The minimum password length for this account service.
        ///
        /// Writable.
        "MinPasswordLength" => min_password_length: i64,
        /// The multi-factor authentication settings that this account service supports.
        "MultiFactorAuth" => multi_factor_auth: crate::account_service::MultiFactorAuth,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The first OAuth 2.0 external account provider that this account service supports.
        "OAuth2" => o_auth2: crate::account_service::ExternalAccountProvider,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The collection of outbound connection configurations.
        "OutboundConnections" => outbound_connections: crate::Link<crate::Collection<crate::outbound_connection::OutboundConnection>>,
        /// The number of days before account passwords in this account service will expire.
        ///
        /// Writable.
        "PasswordExpirationDays" => password_expiration_days: i64,
        /// Password creation guidance for manager accounts.
        ///
        /// Read-only.
        "PasswordGuidanceMessage" => password_guidance_message: String [secret],
        /// A `MessageId` that contains password creation guidance for manager accounts.
        ///
        /// Read-only.
        "PasswordGuidanceMessageId" => password_guidance_message_id: String [secret],
        /// The link to the mapping of the privileges required to complete a requested operation on a URI associated with this service.
        ///
        /// Read-only.
        "PrivilegeMap" => privilege_map: crate::Link<crate::privilege_registry::PrivilegeRegistry>,
        /// An indication of whether clients are required to invoke the `ChangePassword` action to modify account passwords.
        ///
        /// Writable.
        "RequireChangePasswordAction" => require_change_password_action: bool,
        /// The set of restricted OEM privileges.
        ///
        /// Read-only.
        "RestrictedOemPrivileges" => restricted_oem_privileges: Vec<String>,
        /// The set of restricted Redfish privileges.
        ///
        /// Read-only.
        "RestrictedPrivileges" => restricted_privileges: Vec<crate::privileges::PrivilegeType>,
        /// The collection of Redfish roles.
        ///
        /// Read-only.
        "Roles" => roles: crate::Link<crate::Collection<crate::role::Role>>,
        /// An indication of whether the account service is enabled. If `true`, it is enabled. If `false`, it is disabled and users cannot be created, deleted, or modified, and new sessions cannot be started. However, established sessions might still continue to run. Any service, such as the session service, that attempts to access the disabled account service fails. However, this does not affect HTTP Basic Authentication connections.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The account types supported by the service.
        ///
        /// Read-only.
        "SupportedAccountTypes" => supported_account_types: Vec<crate::manager_account::AccountTypes>,
        /// The OEM account types supported by the service.
        ///
        /// Read-only.
        "SupportedOEMAccountTypes" => supported_oem_account_types: Vec<String>,
        /// The first TACACS+ external account provider that this account service supports.
        "TACACSplus" => tacac_splus: crate::account_service::ExternalAccountProvider,
    }
}

crate::__impl_resource!(AccountService: "AccountService", actions);

pub use crate::common::AccountProviderTypes;

crate::redfish_struct! {
    /// The information required to authenticate to the external service.
    pub struct Authentication {
        /// The type of authentication used to connect to the external account provider.
        ///
        /// Writable.
        "AuthenticationType" => authentication_type: crate::common::AuthenticationTypes,
        /// Specifies the encryption key.
        ///
        /// Writable.
        "EncryptionKey" => encryption_key: String,
        /// Indicates if the `EncryptionKey` property is set.
        ///
        /// Read-only.
        "EncryptionKeySet" => encryption_key_set: bool,
        /// The Base64-encoded Kerberos keytab for this service. A `PATCH` or `PUT` operation writes the keytab. This property is `null` in responses.
        ///
        /// Writable.
        "KerberosKeytab" => kerberos_keytab: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The password for this service. A `PATCH` or `PUT` request writes the password. This property is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// The token for this service. A `PATCH` or `PUT` operation writes the token. This property is `null` in responses.
        ///
        /// Writable.
        "Token" => token: String [secret],
        /// The username for the service.
        ///
        /// Writable.
        "Username" => username: String,
    }
}

pub use crate::common::AuthenticationTypes;

crate::redfish_enum! {
    /// `BasicAuthState`.
    pub enum BasicAuthState {
        /// HTTP Basic authentication is enabled.
        Enabled = "Enabled",
        /// HTTP Basic authentication is enabled, but is not advertised with the `WWW-Authenticate` response header.
        Unadvertised = "Unadvertised",
        /// HTTP Basic authentication is disabled.
        Disabled = "Disabled",
    }
}

crate::redfish_enum! {
    /// `CertificateMappingAttribute`.
    pub enum CertificateMappingAttribute {
        /// Match the whole certificate.
        Whole = "Whole",
        /// Match the Common Name (CN) field in the provided certificate to the username.
        CommonName = "CommonName",
        /// Match the User Principal Name (UPN) field in the provided certificate to the username.
        UserPrincipalName = "UserPrincipalName",
    }
}

crate::redfish_struct! {
    /// Various settings for client certificate authentication such as mTLS or CAC/PIV.
    pub struct ClientCertificate {
        /// The client certificate attribute to map to a user.
        ///
        /// Writable.
        "CertificateMappingAttribute" => certificate_mapping_attribute: crate::account_service::CertificateMappingAttribute,
        /// The link to a collection of CA certificates used to validate client certificates.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// An indication of whether client certificate authentication is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// An indication of whether the service responds to clients that do not successfully authenticate.
        ///
        /// Writable.
        "RespondToUnauthenticatedClients" => respond_to_unauthenticated_clients: bool,
    }
}

crate::redfish_struct! {
    /// The external account provider services that can provide accounts for this manager to use for authentication.
    pub struct ExternalAccountProvider {
        /// The type of external account provider to which this service connects.
        ///
        /// Read-only. Deprecated: This property is deprecated because the account provider type is known when used in the `LDAP` and `ActiveDirectory` objects.
        "AccountProviderType" => account_provider_type: crate::common::AccountProviderTypes,
        /// The authentication information for the external account provider.
        "Authentication" => authentication: crate::account_service::Authentication,
        /// The link to a collection of certificates that the external account provider uses.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The additional mapping information needed to parse a generic LDAP service.
        "LDAPService" => ldap_service: crate::account_service::LDAPService,
        /// The additional information needed to parse an OAuth 2.0 service.
        "OAuth2Service" => o_auth2_service: crate::account_service::OAuth2Service,
        /// Indicates if the `Password` property is set.
        ///
        /// Read-only.
        "PasswordSet" => password_set: bool,
        /// The authentication priority for the external account provider.
        ///
        /// Writable.
        "Priority" => priority: i64,
        /// The mapping rules to convert the external account providers account information to the local Redfish role.
        "RemoteRoleMapping" => remote_role_mapping: Vec<Option<crate::account_service::RoleMapping>>,
        /// The number of times to retry connecting to an address in the `ServiceAddresses` property before attempting the next address in the array.
        ///
        /// Writable.
        "Retries" => retries: i64,
        /// The addresses of the user account providers to which this external account provider links. The format of this field depends on the type of external account provider.
        ///
        /// Writable.
        "ServiceAddresses" => service_addresses: Vec<Option<String>>,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The additional information needed to parse a TACACS+ services.
        "TACACSplusService" => tacac_splus_service: crate::account_service::TACACSplusService,
        /// The period of time, in seconds, this account service will wait for a response from an address of a user account provider before timing out.
        ///
        /// Writable.
        "TimeoutSeconds" => timeout_seconds: i64,
    }
}

crate::redfish_struct! {
    /// Various settings for Google Authenticator multi-factor authentication.
    pub struct GoogleAuthenticator {
        /// An indication of whether multi-factor authentication with Google Authenticator is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The secret key to use when communicating with the Google Authenticator server. This property is `null` in responses.
        ///
        /// Writable.
        "SecretKey" => secret_key: String [secret],
        /// Indicates if the `SecretKey` property is set.
        ///
        /// Read-only.
        "SecretKeySet" => secret_key_set: bool,
    }
}

crate::redfish_struct! {
    /// The settings to search a generic LDAP service.
    pub struct LDAPSearchSettings {
        /// The base distinguished names to use to search an external LDAP service.
        ///
        /// Writable.
        "BaseDistinguishedNames" => base_distinguished_names: Vec<Option<String>>,
        /// The attribute name that contains the LDAP user's email address.
        ///
        /// Writable.
        "EmailAttribute" => email_attribute: String,
        /// The attribute name that contains the LDAP group name entry.
        ///
        /// Writable.
        "GroupNameAttribute" => group_name_attribute: String,
        /// The attribute name that contains the groups for a user on the LDAP user entry.
        ///
        /// Writable.
        "GroupsAttribute" => groups_attribute: String,
        /// The attribute name that contains the LDAP user's SSH public key entry.
        ///
        /// Writable.
        "SSHKeyAttribute" => ssh_key_attribute: String,
        /// The attribute name that contains the LDAP username entry.
        ///
        /// Writable.
        "UsernameAttribute" => username_attribute: String,
    }
}

crate::redfish_struct! {
    /// The settings required to parse a generic LDAP service.
    pub struct LDAPService {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The required settings to search an external LDAP service.
        "SearchSettings" => search_settings: crate::account_service::LDAPSearchSettings,
    }
}

crate::redfish_enum! {
    /// `LocalAccountAuth`.
    pub enum LocalAccountAuth {
        /// The service authenticates users based on the account service-defined accounts collection.
        Enabled = "Enabled",
        /// The service never authenticates users based on the account service-defined accounts collection.
        Disabled = "Disabled",
        /// The service authenticates users based on the account service-defined accounts collection only if any external account providers are currently unreachable.
        Fallback = "Fallback",
        /// The service first authenticates users based on the account service-defined accounts collection. If authentication fails, the service authenticates by using external account providers.
        LocalFirst = "LocalFirst",
    }
}

crate::redfish_struct! {
    /// Multi-factor authentication bypass settings.
    pub struct MFABypass {
        /// The types of multi-factor authentication this account or role mapping is allowed to bypass.
        ///
        /// Writable.
        "BypassTypes" => bypass_types: Vec<Option<crate::account_service::MFABypassType>>,
    }
}

crate::redfish_struct! {
    /// Various settings for Microsoft Authenticator multi-factor authentication.
    pub struct MicrosoftAuthenticator {
        /// An indication of whether multi-factor authentication with Microsoft Authenticator is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The secret key to use when communicating with the Microsoft Authenticator server. This property is `null` in responses.
        ///
        /// Writable.
        "SecretKey" => secret_key: String [secret],
        /// Indicates if the `SecretKey` property is set.
        ///
        /// Read-only.
        "SecretKeySet" => secret_key_set: bool,
    }
}

crate::redfish_struct! {
    /// Multi-factor authentication settings.
    pub struct MultiFactorAuth {
        /// The settings related to client certificate authentication schemes such as mTLS or CAC/PIV.
        "ClientCertificate" => client_certificate: crate::account_service::ClientCertificate,
        /// The settings related to Google Authenticator multi-factor authentication. For generic Time-Based One-Time Password (TOTP) multi-factor authentication, use the `TimeBasedOneTimePassword` property.
        "GoogleAuthenticator" => google_authenticator: crate::account_service::GoogleAuthenticator,
        /// The settings related to Microsoft Authenticator multi-factor authentication. For generic Time-Based One-Time Password (TOTP) multi-factor authentication, use the `TimeBasedOneTimePassword` property.
        "MicrosoftAuthenticator" => microsoft_authenticator: crate::account_service::MicrosoftAuthenticator,
        /// The settings related to one-time passcode (OTP) multi-factor authentication.
        "OneTimePasscode" => one_time_passcode: crate::account_service::OneTimePasscode,
        /// The settings related to RSA SecurID multi-factor authentication.
        "SecurID" => secur_id: crate::account_service::SecurID,
        /// The settings related to Time-based One-Time Password (TOTP) multi-factor authentication.
        "TimeBasedOneTimePassword" => time_based_one_time_password: crate::account_service::TimeBasedOneTimePassword,
    }
}

pub use crate::common::OAuth2Mode;

crate::redfish_struct! {
    /// Various settings to parse an OAuth 2.0 service.
    pub struct OAuth2Service {
        /// The allowable audience strings of the Redfish service.
        ///
        /// Read-only.
        "Audience" => audience: Vec<String>,
        /// The issuer string of the OAuth 2.0 service. Clients should configure this property if `Mode` contains `Offline`.
        ///
        /// Writable.
        "Issuer" => issuer: String,
        /// The mode of operation for token validation.
        ///
        /// Writable.
        "Mode" => mode: crate::common::OAuth2Mode,
        /// The Base64-encoded signing keys of the issuer of the OAuth 2.0 service. Clients should configure this property if `Mode` contains `Offline`.
        ///
        /// Writable.
        "OAuthServiceSigningKeys" => o_auth_service_signing_keys: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// Various settings for one-time passcode (OTP) multi-factor authentication.
    pub struct OneTimePasscode {
        /// An indication of whether multi-factor authentication using a one-time passcode is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
    }
}

crate::redfish_struct! {
    /// The mapping rules that are used to convert the external account providers account information to the local Redfish role.
    pub struct RoleMapping {
        /// The list of local services in the manager that the remote user or group is allowed to access.
        ///
        /// Writable.
        "LocalAccountTypes" => local_account_types: Vec<Option<crate::manager_account::AccountTypes>>,
        /// The OEM account types for the remote user or group.
        ///
        /// Writable.
        "LocalOEMAccountTypes" => local_oem_account_types: Vec<Option<String>>,
        /// The name of the local Redfish role to which to map the remote user or group.
        ///
        /// Writable.
        "LocalRole" => local_role: String,
        /// The multi-factor authentication bypass settings.
        "MFABypass" => mfa_bypass: crate::account_service::MFABypass,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The name of the remote group, or the remote role in the case of a Redfish service, that maps to the local Redfish role to which this entity links.
        ///
        /// Writable.
        "RemoteGroup" => remote_group: String,
        /// The name of the remote user that maps to the local Redfish role to which this entity links.
        ///
        /// Writable.
        "RemoteUser" => remote_user: String,
    }
}

crate::redfish_struct! {
    /// Various settings for RSA SecurID multi-factor authentication.
    pub struct SecurID {
        /// The link to a collection of server certificates for the RSA SecurID server referenced by the `ServerURI` property.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The client ID to use when communicating with the RSA SecurID server.
        ///
        /// Writable.
        "ClientId" => client_id: String,
        /// The client secret to use when communicating with the RSA SecurID server. This property is `null` in responses.
        ///
        /// Writable.
        "ClientSecret" => client_secret: String [secret],
        /// Indicates if the `ClientSecret` property is set.
        ///
        /// Read-only.
        "ClientSecretSet" => client_secret_set: bool,
        /// An indication of whether multi-factor authentication with RSA SecurID is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The URI of the RSA SecurID server.
        ///
        /// Writable.
        "ServerURI" => server_uri: String,
    }
}

pub use crate::common::TACACSplusPasswordExchangeProtocol;

crate::redfish_struct! {
    /// Various settings to parse a TACACS+ service.
    pub struct TACACSplusService {
        /// The TACACS+ service authorization argument.
        ///
        /// Writable.
        "AuthorizationService" => authorization_service: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Indicates the allowed TACACS+ password exchange protocols.
        ///
        /// Writable.
        "PasswordExchangeProtocols" => password_exchange_protocols: Vec<Option<crate::common::TACACSplusPasswordExchangeProtocol>>,
        /// Indicates the name of the TACACS+ argument name in an authorization request.
        ///
        /// Writable.
        "PrivilegeLevelArgument" => privilege_level_argument: String,
    }
}

crate::redfish_struct! {
    /// Various settings for Time-based One-Time Password (TOTP) multi-factor authentication.
    pub struct TimeBasedOneTimePassword {
        /// An indication of whether multi-factor authentication with a Time-based One-Time Password (TOTP) is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The time step, in seconds, for calculating the one-time password.
        ///
        /// Writable.
        "TimeStepSeconds" => time_step_seconds: i64,
    }
}

crate::redfish_enum! {
    /// `MFABypassType`.
    pub enum MFABypassType {
        /// Bypass all multi-factor authentication types.
        All = "All",
        /// Bypass RSA SecurID.
        SecurID = "SecurID",
        /// Bypass Google Authenticator.
        GoogleAuthenticator = "GoogleAuthenticator",
        /// Bypass Microsoft Authenticator.
        MicrosoftAuthenticator = "MicrosoftAuthenticator",
        /// Bypass client certificate authentication.
        ClientCertificate = "ClientCertificate",
        /// Bypass one-time passcode authentication.
        OneTimePasscode = "OneTimePasscode",
        /// Bypass Time-based One-Time Password (TOTP) authentication.
        TimeBasedOneTimePassword = "TimeBasedOneTimePassword",
        /// Bypass OEM-defined multi-factor authentication.
        OEM = "OEM",
    }
}
