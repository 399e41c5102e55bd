//! Enumerations that several DMTF schemas define with the same values, generated once by
//! `tools/gen_model.py` so that there is one type; every defining schema module re-exports
//! its enumeration (`chassis::IndicatorLED` is `common::IndicatorLED`).
//! Do not edit by hand: change the generator and re-run it.

#![allow(clippy::doc_markdown)]

crate::redfish_enum! {
    /// Describes the options for the access characteristics of a resource.
    ///
    /// Defined by the `Connection`, `EndpointGroup` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum AccessState {
        /// The resource is in an active and optimized state.
        Optimized = "Optimized",
        /// The resource is in an active and non-optimized state.
        NonOptimized = "NonOptimized",
        /// The resource is in a standby state.
        Standby = "Standby",
        /// The resource is in an unavailable state.
        Unavailable = "Unavailable",
        /// The resource is transitioning to a new state.
        Transitioning = "Transitioning",
    }
}

crate::redfish_enum! {
    /// `AccountProviderTypes`.
    ///
    /// Defined by the `AccountService`, `ExternalAccountProvider` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum AccountProviderTypes {
        /// An external Redfish service.
        RedfishService = "RedfishService",
        /// An external Active Directory service.
        ActiveDirectoryService = "ActiveDirectoryService",
        /// A generic external LDAP service.
        LDAPService = "LDAPService",
        /// An OEM-specific external authentication or directory service.
        OEM = "OEM",
        /// An external TACACS+ service.
        TACACSplus = "TACACSplus",
        /// An external OAuth 2.0 service.
        OAuth2 = "OAuth2",
    }
}

crate::redfish_enum! {
    /// `AuthenticationTypes`.
    ///
    /// Defined by the `AccountService`, `ExternalAccountProvider` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum AuthenticationTypes {
        /// An opaque authentication token.
        Token = "Token",
        /// A Kerberos keytab.
        KerberosKeytab = "KerberosKeytab",
        /// A username and password combination.
        UsernameAndPassword = "UsernameAndPassword",
        /// An OEM-specific authentication mechanism.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `ConfigLockOptions`.
    ///
    /// Defined by the `Drive`, `Storage` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum ConfigLockOptions {
        /// The command is supported, able to be locked, and is currently unlocked.
        Unlocked = "Unlocked",
        /// The command is supported and is currently locked.
        Locked = "Locked",
        /// The command is supported but is not able to be locked.
        LockdownUnsupported = "LockdownUnsupported",
        /// The command is not supported, therefore lockdown does not apply.
        CommandUnsupported = "CommandUnsupported",
    }
}

crate::redfish_enum! {
    /// `ConfigurationLock`.
    ///
    /// Defined by the `Drive`, `Storage` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum ConfigurationLock {
        /// In-band configuration requests are locked as specified by `TargetConfigurationLockLevel`.
        Enabled = "Enabled",
        /// In-band configuration requests are not locked.
        Disabled = "Disabled",
        /// Some in-band configuration requests are not locked while others are locked. This value is used for status reporting to indicate that the drive is partially locked and client action is recommended.
        Partial = "Partial",
    }
}

crate::redfish_enum! {
    /// `ExportSecurity`.
    ///
    /// Defined by the `ComputerSystem`, `CoolingUnit`, `PowerDistribution` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum ExportSecurity {
        /// Export all data regardless of the sensitivity.
        IncludeSensitiveData = "IncludeSensitiveData",
        /// Export hashed passwords, but exclude other sensitive data.
        HashedDataOnly = "HashedDataOnly",
        /// Export only non-sensitive data.
        ExcludeSensitiveData = "ExcludeSensitiveData",
    }
}

crate::redfish_enum! {
    /// `ExportType`.
    ///
    /// Defined by the `CoolingUnit`, `PowerDistribution` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum ExportType {
        /// Export configuration data for this equipment to duplicate the configuration on another instance of this equipment.
        Clone = "Clone",
        /// Export all configuration data required to replace this equipment.
        Replacement = "Replacement",
    }
}

crate::redfish_enum! {
    /// `FlowControl`.
    ///
    /// Defined by the `NetworkPort`, `Port` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum FlowControl {
        /// No IEEE 802.3x flow control is enabled on this port.
        None = "None",
        /// This station can initiate IEEE 802.3x flow control.
        TX = "TX",
        /// The link partner can initiate IEEE 802.3x flow control.
        RX = "RX",
        /// This station or the link partner can initiate IEEE 802.3x flow control.
        TXRX = "TX_RX",
    }
}

crate::redfish_enum! {
    /// `IPAddressType`.
    ///
    /// Defined by the `AllowDeny`, `NetworkDeviceFunction` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum IPAddressType {
        /// IPv4 addressing is used for all IP-fields in this object.
        IPv4 = "IPv4",
        /// IPv6 addressing is used for all IP-fields in this object.
        IPv6 = "IPv6",
    }
}

crate::redfish_enum! {
    /// `IndicatorLED`.
    ///
    /// Defined by the `Resource`, `Chassis`, `ComputerSystem` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum IndicatorLED {
        /// The indicator LED is lit.
        Lit = "Lit",
        /// The indicator LED is blinking.
        Blinking = "Blinking",
        /// The indicator LED is off.
        Off = "Off",
        /// The state of the indicator LED cannot be determined.
        /// Deprecated: This value has been deprecated in favor of returning `null` if the state is unknown.
        UnknownValue = "Unknown",
    }
}

crate::redfish_enum! {
    /// `NMVeMinimumRequiredResetType`.
    ///
    /// Defined by the `Drive`, `Storage` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum NMVeMinimumRequiredResetType {
        /// No reset required.
        NoReset = "NoReset",
        /// A Controller Level Reset is required.
        ControllerLevel = "ControllerLevel",
        /// A Controller Level Reset other than a Controller Level Reset initiated by a Controller Reset is required.
        LimitedControllerLevel = "LimitedControllerLevel",
        /// An NVM Subsystem Reset is required.
        NVMSubsystemReset = "NVMSubsystemReset",
        /// A power cycle is required.
        PowerCycle = "PowerCycle",
    }
}

crate::redfish_enum! {
    /// `NMVePersonalityKeyAlgorithm`.
    ///
    /// Defined by the `Drive`, `Storage` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum NMVePersonalityKeyAlgorithm {
        /// HMAC-SHA-384.
        HMACSHA384 = "HMAC_SHA384",
    }
}

crate::redfish_enum! {
    /// `NMVeUnfreezeAuthMode`.
    ///
    /// Defined by the `Drive`, `Storage` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum NMVeUnfreezeAuthMode {
        /// Programmable Key Authentication.
        ProgrammedKey = "ProgrammedKey",
        /// Physical Credential Authentication.
        PhysicalId = "PhysicalId",
    }
}

crate::redfish_enum! {
    /// The NVMe secure hash algorithms that a key is allowed to use.
    ///
    /// Defined by the `Key`, `KeyPolicy` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum NVMeoFSecureHashType {
        /// SHA-256.
        SHA256 = "SHA256",
        /// SHA-384.
        SHA384 = "SHA384",
        /// SHA-512.
        SHA512 = "SHA512",
    }
}

crate::redfish_enum! {
    /// The NVMe security protocols that a key protects.
    ///
    /// Defined by the `Key`, `KeyPolicy` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum NVMeoFSecurityProtocolType {
        /// Diffie-Hellman Hashed Message Authentication Code Challenge Handshake Authentication Protocol (DH-HMAC-CHAP).
        DHHC = "DHHC",
        /// Transport Layer Security Pre-Shared Key (TLS PSK).
        TLSPSK = "TLS_PSK",
        /// OEM.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `OAuth2Mode`.
    ///
    /// Defined by the `AccountService`, `ExternalAccountProvider` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum OAuth2Mode {
        /// OAuth 2.0 service information for token validation is downloaded by the service.
        Discovery = "Discovery",
        /// OAuth 2.0 service information for token validation is configured by a client. Clients should configure the `Issuer` and `OAuthServiceSigningKeys` properties for this mode.
        Offline = "Offline",
    }
}

crate::redfish_enum! {
    /// The enumerations of `PowerRestorePolicyTypes` specify the choice of power state when power is applied.
    ///
    /// Defined by the `Circuit`, `ComputerSystem` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum PowerRestorePolicyTypes {
        /// Always power on when external power is applied.
        AlwaysOn = "AlwaysOn",
        /// Always remain powered off when external power is applied.
        AlwaysOff = "AlwaysOff",
        /// Return to the last power state (on or off) when external power is applied.
        LastState = "LastState",
    }
}

crate::redfish_enum! {
    /// `PowerState`.
    ///
    /// Defined by the `Circuit`, `Outlet`, `OutletGroup` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum PowerState {
        /// Power on.
        On = "On",
        /// Power off.
        Off = "Off",
        /// Power cycle.
        PowerCycle = "PowerCycle",
    }
}

crate::redfish_enum! {
    /// The type of rack unit in use.
    ///
    /// Defined by the `Resource`, `Chassis` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum RackUnits {
        /// A rack unit that is equal to 48 mm (1.89 in).
        OpenU = "OpenU",
        /// A rack unit that is equal to 1.75 in (44.45 mm).
        EIA310 = "EIA_310",
    }
}

crate::redfish_enum! {
    /// `SNMPAuthenticationProtocols`.
    ///
    /// Defined by the `AggregationSource`, `EventDestination` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum SNMPAuthenticationProtocols {
        /// No authentication.
        None = "None",
        /// Trap community string authentication.
        CommunityString = "CommunityString",
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

crate::redfish_enum! {
    /// `SNMPEncryptionProtocols`.
    ///
    /// Defined by the `AggregationSource`, `EventDestination`, `ManagerAccount` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum SNMPEncryptionProtocols {
        /// No encryption.
        None = "None",
        /// CBC-DES encryption.
        CBCDES = "CBC_DES",
        /// CFB128-AES-128 encryption.
        CFB128AES128 = "CFB128_AES128",
        /// CFB128-AES-192 encryption.
        CFB128AES192 = "CFB128_AES192",
        /// CFB128-AES-256 encryption.
        CFB128AES256 = "CFB128_AES256",
    }
}

crate::redfish_enum! {
    /// `SupportedEthernetCapabilities`.
    ///
    /// Defined by the `NetworkPort`, `Port` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum SupportedEthernetCapabilities {
        /// Wake on LAN (WoL) is supported on this port.
        WakeOnLAN = "WakeOnLAN",
        /// IEEE 802.3az Energy-Efficient Ethernet (EEE) is supported on this port.
        EEE = "EEE",
    }
}

crate::redfish_enum! {
    /// The syslog facility code is an enumeration of program types.
    ///
    /// Defined by the `EventDestination`, `LogService` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum SyslogFacility {
        /// Kernel messages.
        Kern = "Kern",
        /// User-level messages.
        User = "User",
        /// Mail system.
        Mail = "Mail",
        /// System daemons.
        Daemon = "Daemon",
        /// Security/authentication messages.
        Auth = "Auth",
        /// Messages generated internally by syslogd.
        Syslog = "Syslog",
        /// Line printer subsystem.
        LPR = "LPR",
        /// Network news subsystem.
        News = "News",
        /// UUCP subsystem.
        UUCP = "UUCP",
        /// Clock daemon.
        Cron = "Cron",
        /// Security/authentication messages.
        Authpriv = "Authpriv",
        /// FTP daemon.
        FTP = "FTP",
        /// NTP subsystem.
        NTP = "NTP",
        /// Log audit.
        Security = "Security",
        /// Log alert.
        Console = "Console",
        /// Scheduling daemon.
        SolarisCron = "SolarisCron",
        /// Locally used facility 0.
        Local0 = "Local0",
        /// Locally used facility 1.
        Local1 = "Local1",
        /// Locally used facility 2.
        Local2 = "Local2",
        /// Locally used facility 3.
        Local3 = "Local3",
        /// Locally used facility 4.
        Local4 = "Local4",
        /// Locally used facility 5.
        Local5 = "Local5",
        /// Locally used facility 6.
        Local6 = "Local6",
        /// Locally used facility 7.
        Local7 = "Local7",
    }
}

crate::redfish_enum! {
    /// The syslog severity is an application-specific rating used to describe the urgency of the message.
    ///
    /// Defined by the `EventDestination`, `LogService` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum SyslogSeverity {
        /// A panic condition.
        Emergency = "Emergency",
        /// A condition that should be corrected immediately, such as a corrupted system database.
        Alert = "Alert",
        /// Hard device errors.
        Critical = "Critical",
        /// An Error.
        Error = "Error",
        /// A Warning.
        Warning = "Warning",
        /// Conditions that are not error conditions, but that might require special handling.
        Notice = "Notice",
        /// Informational only.
        Informational = "Informational",
        /// Messages that contain information normally of use only when debugging a program.
        Debug = "Debug",
        /// A message of any severity.
        All = "All",
    }
}

crate::redfish_enum! {
    /// `TACACSplusPasswordExchangeProtocol`.
    ///
    /// Defined by the `AccountService`, `ExternalAccountProvider` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum TACACSplusPasswordExchangeProtocol {
        /// The ASCII Login method.
        ASCII = "ASCII",
        /// The PAP Login method.
        PAP = "PAP",
        /// The CHAP Login method.
        CHAP = "CHAP",
        /// The MS-CHAP v1 Login method.
        MSCHAPv1 = "MSCHAPv1",
        /// The MS-CHAP v2 Login method.
        MSCHAPv2 = "MSCHAPv2",
    }
}

crate::redfish_enum! {
    /// `TargetConfigurationLockLevel`.
    ///
    /// Defined by the `Drive`, `Storage` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum TargetConfigurationLockLevel {
        /// The standard configuration lock level, corresponding to applying firmware, updating security keys, and modifying other hardware settings. It does not include managing the volumes or data on the drive.
        Baseline = "Baseline",
    }
}

crate::redfish_enum! {
    /// `ThresholdActivation`.
    ///
    /// Defined by the `Sensor`, `Triggers` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum ThresholdActivation {
        /// Value increases above the threshold.
        Increasing = "Increasing",
        /// Value decreases below the threshold.
        Decreasing = "Decreasing",
        /// Value crosses the threshold in either direction.
        Either = "Either",
        /// The threshold is disabled.
        Disabled = "Disabled",
    }
}

crate::redfish_enum! {
    /// `TransferProtocolType`.
    ///
    /// Defined by the `LicenseService`, `LogService`, `UpdateService`, `VirtualMedia` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum TransferProtocolType {
        /// Common Internet File System (CIFS).
        CIFS = "CIFS",
        /// File Transfer Protocol (FTP).
        FTP = "FTP",
        /// SSH File Transfer Protocol (SFTP).
        SFTP = "SFTP",
        /// Hypertext Transfer Protocol (HTTP).
        HTTP = "HTTP",
        /// Hypertext Transfer Protocol Secure (HTTPS).
        HTTPS = "HTTPS",
        /// Secure Copy Protocol (SCP).
        SCP = "SCP",
        /// Trivial File Transfer Protocol (TFTP).
        TFTP = "TFTP",
        /// A manufacturer-defined protocol.
        OEM = "OEM",
        /// Network File System (NFS).
        NFS = "NFS",
        /// Network File System (NFS).
        /// Deprecated: This value has been deprecated in favor of NFS.
        NSF = "NSF",
    }
}

crate::redfish_enum! {
    /// `VoltageType`.
    ///
    /// Defined by the `Circuit`, `Outlet`, `Sensor` schemas with the same values (up to deprecated ones); one type for all, re-exported by each of their modules.
    pub enum VoltageType {
        /// Alternating Current (AC) circuit.
        AC = "AC",
        /// Direct Current (DC) circuit.
        DC = "DC",
    }
}
