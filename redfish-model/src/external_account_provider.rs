//! `ExternalAccountProvider`: The `ExternalAccountProvider` schema represents a remote service that provides accounts for this manager to use for authentication.
//!
//! Generated from the DMTF Redfish schema `ExternalAccountProvider.v1_8_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `external_account_provider` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ExternalAccountProvider` schema represents a remote service that provides accounts for this manager to use for authentication.
    ///
    /// DMTF schema `ExternalAccountProvider` v1_8_2 (Redfish 2025.4).
    pub struct ExternalAccountProvider {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The type of external account provider to which this service connects.
        ///
        /// Read-only.
        "AccountProviderType" => account_provider_type: crate::common::AccountProviderTypes,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The authentication information for the external account provider.
        "Authentication" => authentication: crate::external_account_provider::Authentication,
        /// The link to a collection of certificates that the external account provider uses.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The additional mapping information needed to parse a generic LDAP service.
        "LDAPService" => ldap_service: crate::external_account_provider::LDAPService,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::external_account_provider::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The additional information needed to parse an OAuth 2.0 service.
        "OAuth2Service" => o_auth2_service: crate::external_account_provider::OAuth2Service,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The authentication priority for the external account provider.
        ///
        /// Writable.
        "Priority" => priority: i64,
        /// The mapping rules to convert the external account providers account information to the local Redfish role.
        "RemoteRoleMapping" => remote_role_mapping: Vec<Option<crate::external_account_provider::RoleMapping>>,
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
        "TACACSplusService" => tacac_splus_service: crate::external_account_provider::TACACSplusService,
        /// The period of time, in seconds, this account service will wait for a response from an address of a user account provider before timing out.
        ///
        /// Writable.
        "TimeoutSeconds" => timeout_seconds: i64,
    }
}

crate::__impl_resource!(ExternalAccountProvider: "ExternalAccountProvider", actions);

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
        "SearchSettings" => search_settings: crate::external_account_provider::LDAPSearchSettings,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
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
