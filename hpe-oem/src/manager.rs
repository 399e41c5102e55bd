//! `Oem.Hpe` of the service root (`HpeiLOServiceExt`) and of the Manager (`HpeiLO`).

use redfish_model::{Link, OemExtension};

redfish_model::redfish_struct! {
    /// `Oem.Hpe.Links` of the service root.
    pub struct ServiceRootLinks {
        /// The HPE resource directory (`/redfish/v1/ResourceDirectory`).
        "ResourceDirectory" => resource_directory: Link,
    }
}

redfish_model::redfish_struct! {
    /// One entry of `Oem.Hpe.Manager` of the service root.
    pub struct ServiceRootManager {
        /// `"iLO 5"`, `"iLO 6"`...
        "ManagerType" => manager_type: String,
        /// `"2.70"`.
        "ManagerFirmwareVersion" => manager_firmware_version: String,
        /// Fully qualified domain name.
        "FQDN" => fqdn: String,
        /// Host name.
        "HostName" => host_name: String,
        /// Default language.
        "DefaultLanguage" => default_language: String,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe.Moniker` of the service root: product names.
    pub struct Moniker {
        /// `"iLO 5"`.
        "PRODGEN" => prodgen: String,
        /// `"HPE iLO 5"`.
        "PRODTAG" => prodtag: String,
        /// `"Integrated Lights-Out 5"`.
        "PRODNAM" => prodnam: String,
        /// `"iLO Advanced"`.
        "ADVLIC" => advlic: String,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe` of the service root (`#HpeiLOServiceExt`). iLO 4 sends it as `Oem.Hp`.
    pub struct HpeServiceRootOem {
        /// `@odata.type`, e.g. `#HpeiLOServiceExt.v2_3_0.HpeiLOServiceExt`.
        "@odata.type" => odata_type: redfish_model::ODataType,
        /// Links (resource directory).
        "Links" => links: ServiceRootLinks,
        /// The managers; some firmware sends one object instead of an array, which is
        /// accepted (and sent back as it came).
        "Manager" => manager: Vec<ServiceRootManager>,
        /// Product names.
        "Moniker" => moniker: Moniker,
        /// The service time.
        "Time" => time: redfish_model::DateTime,
    }
}

impl OemExtension for HpeServiceRootOem {
    const VENDOR: &'static str = "Hpe";
    const ALIASES: &'static [&'static str] = &["Hp"];
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe.Links` of the Manager.
    pub struct ManagerOemLinks {
        /// The HpeSecurityService.
        "SecurityService" => security_service: Link<crate::security_service::HpeSecurityService>,
        /// Licence service.
        "LicenseService" => license_service: Link,
        /// Date and time service.
        "DateTimeService" => date_time_service: Link,
        /// Backup and restore.
        "BackupRestoreService" => backup_restore_service: Link,
        /// Active Health System.
        "ActiveHealthSystem" => active_health_system: Link,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe.Firmware.Current` of the Manager.
    pub struct FirmwareCurrent {
        /// `"iLO 5 v2.70"` (some firmware: `"2.70"`).
        "VersionString" => version_string: String,
        /// `2`.
        "MajorVersion" => major_version: u32,
        /// `70`.
        "MinorVersion" => minor_version: u32,
        /// Build date, e.g. `"May 16 2022"`.
        "Date" => date: String,
        /// Debug build.
        "DebugBuild" => debug_build: bool,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe.Firmware` of the Manager.
    pub struct ManagerFirmware {
        /// The running firmware.
        "Current" => current: FirmwareCurrent,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe.License` of the Manager.
    pub struct License {
        /// The key (iLO masks all but the last group).
        "LicenseKey" => license_key: String,
        /// `"iLO Advanced"`, `"iLO Standard"`...
        "LicenseString" => license_string: String,
        /// `"Perpetual"`, `"Evaluation"`...
        "LicenseType" => license_type: String,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe` of the Manager (`#HpeiLO`). iLO 4 sends it as `Oem.Hp`.
    pub struct HpeManagerOem {
        /// `@odata.type`, e.g. `#HpeiLO.v2_8_1.HpeiLO`.
        "@odata.type" => odata_type: redfish_model::ODataType,
        /// iLO 5/6: host (CHIF) clients must authenticate. Forced `true` in FIPS and higher;
        /// absent on iLO 7 (no CHIF).
        "RequireHostAuthentication" => require_host_authentication: bool,
        /// The virtual NIC (in-band Redfish over USB networking) is enabled.
        "VirtualNICEnabled" => virtual_nic_enabled: bool,
        /// Links, among them the security service.
        "Links" => links: ManagerOemLinks,
        /// The firmware.
        "Firmware" => firmware: ManagerFirmware,
        /// The licence.
        "License" => license: License,
        /// Actions (`#HpeiLO.ResetToFactoryDefaults`, ...).
        "Actions" => actions: redfish_model::Actions,
    }
}

impl OemExtension for HpeManagerOem {
    const VENDOR: &'static str = "Hpe";
    const ALIASES: &'static [&'static str] = &["Hp"];
}

#[cfg(test)]
mod tests {
    use super::*;
    use redfish_model::Resource;
    use redfish_model::service_root::ServiceRoot;

    #[test]
    fn manager_may_be_an_object_and_round_trips() {
        let json = serde_json::json!({"Oem": {"Hpe": {
            "Manager": {"ManagerType": "iLO 6", "ManagerFirmwareVersion": "1.10"},
            "Links": {"ResourceDirectory": {"@odata.id": "/redfish/v1/ResourceDirectory/"}}
        }}});
        let root: ServiceRoot = serde_json::from_value(json.clone()).unwrap();
        let oem = root.oem_ext::<HpeServiceRootOem>().unwrap().unwrap();
        assert_eq!(
            oem.manager.as_ref().unwrap()[0].manager_type.as_deref(),
            Some("iLO 6")
        );
        assert_eq!(serde_json::to_value(&oem).unwrap(), json["Oem"]["Hpe"]);
    }

    #[test]
    fn ilo4_hp_key_is_an_alias() {
        let m: redfish_model::manager::Manager = serde_json::from_value(serde_json::json!({
            "Oem": {"Hp": {"RequireHostAuthentication": true}}
        }))
        .unwrap();
        let oem = m.oem_ext::<HpeManagerOem>().unwrap().unwrap();
        assert_eq!(oem.require_host_authentication, Some(true));
    }
}
