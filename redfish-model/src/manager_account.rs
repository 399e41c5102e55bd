//! `ManagerAccount`: The `ManagerAccount` schema defines the user accounts that are owned by a manager. Changes to a manager account might affect the current Redfish service connection if this manager is responsible for the Redfish service.
//!
//! Generated from the DMTF Redfish schema `ManagerAccount.v1_14_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `manager_account` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ManagerAccount` schema defines the user accounts that are owned by a manager. Changes to a manager account might affect the current Redfish service connection if this manager is responsible for the Redfish service.
    ///
    /// DMTF schema `ManagerAccount` v1_14_1 (Redfish 2025.4).
    pub struct ManagerAccount {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// Indicates the date and time when this account expires. If `null`, the account never expires.
        ///
        /// Writable.
        "AccountExpiration" => account_expiration: crate::DateTime,
        /// The list of services in the manager that the account is allowed to access.
        ///
        /// Writable. Required.
        "AccountTypes" => account_types: Vec<Option<crate::manager_account::AccountTypes>> [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to a collection of user identity certificates for this account.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only.
        "Description" => description: String,
        /// The email address associated with this account.
        ///
        /// Writable.
        "EmailAddress" => email_address: String,
        /// An indication of whether an account is enabled. An administrator can disable it without deleting the user information. If `true`, the account is enabled and the user can log in. If `false`, the account is disabled and, in the future, the user cannot log in.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// An indication of whether this account is a bootstrap account for the host interface.
        ///
        /// Read-only.
        "HostBootstrapAccount" => host_bootstrap_account: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The link to the collection of keys that can be used to authenticate this account. For example, an SSH public key could be added to this collection to allow for SSH public key authentication.
        ///
        /// Read-only.
        "Keys" => keys: crate::Link<crate::Collection<crate::key::Key>>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::manager_account::Links,
        /// An indication of whether the account service automatically locked the account because the lockout threshold was exceeded. To manually unlock the account before the lockout duration period, an administrator can change the property to `false` to clear the lockout condition.
        ///
        /// Writable.
        "Locked" => locked: bool,
        /// The multi-factor authentication bypass settings for this account.
        "MFABypass" => mfa_bypass: crate::account_service::MFABypass,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM account types.
        ///
        /// Writable.
        "OEMAccountTypes" => oem_account_types: Vec<Option<String>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The address used to receive one-time passcode messages for multi-factor authentication.
        ///
        /// Writable.
        "OneTimePasscodeDeliveryAddress" => one_time_passcode_delivery_address: String,
        /// The password. Use this property with a `PATCH` or `PUT` to write the password for the account. This property is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// An indication of whether the service requires that the password for this account be changed before further access to the account is allowed.
        ///
        /// Writable.
        "PasswordChangeRequired" => password_change_required: bool,
        /// Indicates the date and time when this account password expires. If `null`, the account password never expires.
        ///
        /// Writable.
        "PasswordExpiration" => password_expiration: crate::DateTime,
        /// The contact phone number associated with this account.
        ///
        /// Writable.
        "PhoneNumber" => phone_number: String,
        /// The role for this account.
        ///
        /// Writable.
        "RoleId" => role_id: String,
        /// The SNMP settings for this account.
        "SNMP" => snmp: crate::manager_account::SNMPUserInfo,
        /// Indicates if the secret key for Time-based One-Time Password (TOTP) multi-factor authentication is set.
        ///
        /// Read-only.
        "SecretKeySet" => secret_key_set: bool,
        /// Indicates if the service needs to use the account types exactly as specified when the account is created or updated.
        ///
        /// Writable.
        "StrictAccountTypes" => strict_account_types: bool,
        /// The username for the account.
        ///
        /// Writable.
        "UserName" => user_name: String,
    }
}

crate::__impl_resource!(ManagerAccount: "ManagerAccount", actions);

crate::redfish_struct! {
    /// Parameters of the `ChangePassword` action: This action changes the account password.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ChangePasswordRequest {
        /// The new account password.
        ///
        /// Required.
        "NewPassword" => new_password: String [secret, required],
        /// The password of the account tied to the current session.
        ///
        /// Required.
        "SessionAccountPassword" => session_account_password: String [secret, required],
    }
}

impl ChangePasswordRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["NewPassword", "SessionAccountPassword"];

    /// Sets `NewPassword`.
    #[must_use]
    pub fn with_new_password(mut self, value: impl Into<String>) -> Self {
        self.new_password = Some(value.into());
        self
    }
    /// Sets `SessionAccountPassword`.
    #[must_use]
    pub fn with_session_account_password(mut self, value: impl Into<String>) -> Self {
        self.session_account_password = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ChangePasswordRequest {
    type Resource = ManagerAccount;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ManagerAccount.ChangePassword";
    const REQUIRED: &'static [&'static str] = &["NewPassword", "SessionAccountPassword"];
}

crate::redfish_struct! {
    /// Parameters of the `ClearSecretKey` action: This action clears the secret key for Time-based One-Time Password (TOTP) multi-factor authentication for this account.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ClearSecretKeyRequest {
    }
}

impl ClearSecretKeyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ClearSecretKeyRequest {
    type Resource = ManagerAccount;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ManagerAccount.ClearSecretKey";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `GenerateSecretKey` action: This action randomly generates a new secret key for Time-based One-Time Password (TOTP) multi-factor authentication for this account.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct GenerateSecretKeyRequest {
    }
}

impl GenerateSecretKeyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for GenerateSecretKeyRequest {
    type Resource = ManagerAccount;
    type Response = crate::manager_account::GenerateSecretKeyResponse;
    const ACTION: &'static str = "#ManagerAccount.GenerateSecretKey";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The response body for the `GenerateSecretKey` action.
    pub struct GenerateSecretKeyResponse {
        /// The secret key generated for Time-based One-Time Password (TOTP) multi-factor authentication.
        ///
        /// Read-only.
        "SecretKey" => secret_key: String [secret],
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the Redfish role that defines the privileges for this account.
        ///
        /// Read-only.
        "Role" => role: crate::Link<crate::role::Role>,
    }
}

crate::redfish_enum! {
    /// `SNMPAuthenticationProtocols`.
    pub enum SNMPAuthenticationProtocols {
        /// No authentication.
        None = "None",
        /// HMAC-MD5-96 authentication.
        HMACMD5 = "HMAC_MD5",
        /// HMAC-SHA-96 authentication.
        HMACSHA96 = "HMAC_SHA96",
        /// HMAC-128-SHA-224 authentication.
        HMAC128SHA224 = "HMAC128_SHA224",
        /// HMAC-192-SHA-256 authentication.
        HMAC192SHA256 = "HMAC192_SHA256",
        /// HMAC-256-SHA-384 authentication.
        HMAC256SHA384 = "HMAC256_SHA384",
        /// HMAC-384-SHA-512 authentication.
        HMAC384SHA512 = "HMAC384_SHA512",
    }
}

pub use crate::common::SNMPEncryptionProtocols;

crate::redfish_struct! {
    /// The SNMP settings for an account.
    pub struct SNMPUserInfo {
        /// The secret authentication key for SNMPv3.
        ///
        /// Writable.
        "AuthenticationKey" => authentication_key: String,
        /// Indicates if the `AuthenticationKey` property is set.
        ///
        /// Read-only.
        "AuthenticationKeySet" => authentication_key_set: bool,
        /// The authentication protocol for SNMPv3.
        ///
        /// Writable.
        "AuthenticationProtocol" => authentication_protocol: crate::manager_account::SNMPAuthenticationProtocols,
        /// The secret encryption key used in SNMPv3.
        ///
        /// Writable.
        "EncryptionKey" => encryption_key: String,
        /// Indicates if the `EncryptionKey` property is set.
        ///
        /// Read-only.
        "EncryptionKeySet" => encryption_key_set: bool,
        /// The encryption protocol for SNMPv3.
        ///
        /// Writable.
        "EncryptionProtocol" => encryption_protocol: crate::common::SNMPEncryptionProtocols,
    }
}

crate::redfish_struct! {
    /// Parameters of the `VerifyTimeBasedOneTimePassword` action: This action verifies a user-provided Time-based One-Time Password (TOTP). This is to ensure the client's copy of the secret key is aligned with the secret key stored by the service.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct VerifyTimeBasedOneTimePasswordRequest {
        /// The Time-based One-Time Password (TOTP) to verify.
        ///
        /// Required.
        "TimeBasedOneTimePassword" => time_based_one_time_password: String [secret, required],
    }
}

impl VerifyTimeBasedOneTimePasswordRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TimeBasedOneTimePassword"];

    /// Sets `TimeBasedOneTimePassword`.
    #[must_use]
    pub fn with_time_based_one_time_password(mut self, value: impl Into<String>) -> Self {
        self.time_based_one_time_password = Some(value.into());
        self
    }
}

impl crate::ActionRequest for VerifyTimeBasedOneTimePasswordRequest {
    type Resource = ManagerAccount;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ManagerAccount.VerifyTimeBasedOneTimePassword";
    const REQUIRED: &'static [&'static str] = &["TimeBasedOneTimePassword"];
}

crate::redfish_enum! {
    /// `AccountTypes`.
    pub enum AccountTypes {
        /// Allow access to the Redfish service.
        Redfish = "Redfish",
        /// Allow access to SNMP services.
        SNMP = "SNMP",
        /// OEM account type. See the `OEMAccountTypes` property.
        OEM = "OEM",
        /// Allow access to the host's console, which could be connected through Telnet, SSH, or another protocol.
        HostConsole = "HostConsole",
        /// Allow access to the manager's console, which could be connected through Telnet, SSH, SM CLP, or another protocol.
        ManagerConsole = "ManagerConsole",
        /// Allow access to the Intelligent Platform Management Interface service.
        IPMI = "IPMI",
        /// Allow access to a Keyboard-Video-Mouse over IP session.
        KVMIP = "KVMIP",
        /// Allow access to control virtual media.
        VirtualMedia = "VirtualMedia",
        /// Allow access to a web user interface session, such as a graphical interface or another web-based protocol.
        WebUI = "WebUI",
        /// Allow PIN-based access via an external control panel, such as a keypad, touchscreen, or other human interface.
        ControlPanel = "ControlPanel",
    }
}
