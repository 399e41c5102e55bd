//! Client-side certificate and key checks (side-loading and LDevID import) on keys and
//! certificates generated here; no key material is committed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use hpe_oem::SecurityState;
use hpe_oem::keys::{
    CertificateCheckError, Curve, KeyKind, LDEVID_MAX_BYTES, PrivateKeyInfo, SIDELOAD_MAX_BYTES,
    check_certificate_import, check_ldevid_certificate, check_sideload,
};
use rcgen::{CertificateParams, CustomExtension, KeyPair, SignatureAlgorithm};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::EncodePrivateKey;

/// A generated key: its PKCS#8 PEM and an rcgen key pair over it.
struct Key {
    pkcs8_pem: String,
    pair: KeyPair,
}

/// A real RSA key (slow in debug builds: generated once per test binary, 2048 bits only).
fn rsa_key(bits: usize) -> (rsa::RsaPrivateKey, Key) {
    let mut rng = rsa::rand_core::OsRng;
    let k = rsa::RsaPrivateKey::new(&mut rng, bits).unwrap();
    let pem = k
        .to_pkcs8_pem(rsa::pkcs8::LineEnding::LF)
        .unwrap()
        .to_string();
    let pair = KeyPair::from_pkcs8_pem_and_sign_algo(&pem, &rcgen::PKCS_RSA_SHA256).unwrap();
    (
        k,
        Key {
            pkcs8_pem: pem,
            pair,
        },
    )
}

fn rsa2048() -> &'static (rsa::RsaPrivateKey, Key) {
    static K: OnceLock<(rsa::RsaPrivateKey, Key)> = OnceLock::new();
    K.get_or_init(|| rsa_key(2048))
}

/// A structurally valid RSA key of `bits` bits that is not a real key pair (random-looking
/// modulus, junk private fields): enough for checks that only read the modulus, and fast,
/// where generating a real 3072-bit key takes minutes in a debug build. Returns the PKCS#1
/// PEM of the "private key" and a certificate for its public key, signed by a P-256 issuer.
fn synthetic_rsa(bits: usize, seed: u64) -> (String, String) {
    use der::Encode;
    let mut n = Vec::with_capacity(bits / 8);
    let mut x = seed | 1;
    for _ in 0..bits / 8 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        n.push((x >> 56) as u8);
    }
    n[0] |= 0x80;
    let last = n.len() - 1;
    n[last] |= 1;
    let uint = |b: &'static [u8]| pkcs1::UintRef::new(b).unwrap();
    let n_static: &'static [u8] = Box::leak(n.into_boxed_slice());
    let private = pkcs1::RsaPrivateKey {
        modulus: uint(n_static),
        public_exponent: uint(&[1, 0, 1]),
        private_exponent: uint(&[3]),
        prime1: uint(&[5]),
        prime2: uint(&[7]),
        exponent1: uint(&[11]),
        exponent2: uint(&[13]),
        coefficient: uint(&[17]),
        other_prime_infos: None,
    };
    let key_pem = pem::encode(&pem::Pem::new("RSA PRIVATE KEY", private.to_der().unwrap()));
    let public = pkcs1::RsaPublicKey {
        modulus: uint(n_static),
        public_exponent: uint(&[1, 0, 1]),
    };

    struct RawRsa(Vec<u8>);
    impl rcgen::PublicKeyData for RawRsa {
        fn der_bytes(&self) -> &[u8] {
            &self.0
        }
        fn algorithm(&self) -> &'static SignatureAlgorithm {
            &rcgen::PKCS_RSA_SHA256
        }
    }
    let issuer_key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
    let issuer = rcgen::Issuer::new(
        CertificateParams::new(vec!["test-ca".to_owned()]).unwrap(),
        issuer_key,
    );
    let cert = CertificateParams::new(vec!["ilo".to_owned()])
        .unwrap()
        .signed_by(&RawRsa(public.to_der().unwrap()), &issuer)
        .unwrap()
        .pem();
    (key_pem, cert)
}

fn ec_key(alg: &'static SignatureAlgorithm) -> Key {
    let pair = KeyPair::generate_for(alg).unwrap();
    Key {
        pkcs8_pem: pair.serialize_pem(),
        pair,
    }
}

fn cert_for(key: &KeyPair, cn: &str) -> String {
    CertificateParams::new(vec![cn.to_owned()])
        .unwrap()
        .self_signed(key)
        .unwrap()
        .pem()
}

#[test]
fn rsa_2048_side_loads_outside_cnsa_in_pkcs8_pkcs1_lf_and_crlf() {
    let (rsa, key) = rsa2048();
    let cert = cert_for(&key.pair, "ilo.example.net");
    for state in [
        SecurityState::Production,
        SecurityState::HighSecurity,
        SecurityState::FIPS,
    ] {
        let b = check_sideload(&cert, &key.pkcs8_pem, &state).unwrap();
        assert_eq!(b.key_kind(), &KeyKind::Rsa { bits: 2048 });
        assert!(
            b.combined_pem()
                .starts_with("-----BEGIN CERTIFICATE-----\n")
        );
        assert!(b.combined_pem().contains("-----BEGIN PRIVATE KEY-----\n"));
        assert!(!b.combined_pem().contains('\r'));
        assert!(
            !format!("{b:?}").contains("PRIVATE KEY"),
            "Debug must not show the key"
        );
    }
    let pkcs1 = rsa
        .to_pkcs1_pem(rsa::pkcs8::LineEnding::CRLF)
        .unwrap()
        .to_string();
    let crlf_cert = cert.replace('\n', "\r\n");
    let b = check_sideload(&crlf_cert, &pkcs1, &SecurityState::Production).unwrap();
    assert!(!b.combined_pem().contains('\r'));
    assert!(
        b.combined_pem()
            .contains("-----BEGIN RSA PRIVATE KEY-----\n")
    );
}

#[test]
fn rsa_keys_are_refused_in_cnsa_and_above_2048_bits() {
    let (_, key) = rsa2048();
    let cert = cert_for(&key.pair, "ilo");
    let e = check_sideload(&cert, &key.pkcs8_pem, &SecurityState::CNSA).unwrap_err();
    assert!(
        matches!(
            e,
            CertificateCheckError::KeyNotAllowed {
                key: KeyKind::Rsa { bits: 2048 },
                ..
            }
        ),
        "{e}"
    );

    let (big_key, big_cert) = synthetic_rsa(3072, 7);
    let e = check_sideload(&big_cert, &big_key, &SecurityState::Production).unwrap_err();
    assert!(
        matches!(
            e,
            CertificateCheckError::KeyNotAllowed {
                key: KeyKind::Rsa { bits: 3072 },
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("up to 2048"), "{e}");
}

#[test]
fn only_p384_ecdsa_is_allowed_in_cnsa() {
    let p384 = ec_key(&rcgen::PKCS_ECDSA_P384_SHA384);
    let cert = cert_for(&p384.pair, "ilo");
    let b = check_sideload(&cert, &p384.pkcs8_pem, &SecurityState::CNSA).unwrap();
    assert_eq!(b.key_kind(), &KeyKind::Ec { curve: Curve::P384 });
    let e = check_sideload(&cert, &p384.pkcs8_pem, &SecurityState::Production).unwrap_err();
    assert!(
        matches!(e, CertificateCheckError::KeyNotAllowed { .. }),
        "{e}"
    );

    let p256 = ec_key(&rcgen::PKCS_ECDSA_P256_SHA256);
    let cert = cert_for(&p256.pair, "ilo");
    let e = check_sideload(&cert, &p256.pkcs8_pem, &SecurityState::CNSA).unwrap_err();
    assert!(
        matches!(
            e,
            CertificateCheckError::KeyNotAllowed {
                key: KeyKind::Ec { curve: Curve::P256 },
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn a_key_of_another_certificate_is_refused() {
    let a = ec_key(&rcgen::PKCS_ECDSA_P384_SHA384);
    let b = ec_key(&rcgen::PKCS_ECDSA_P384_SHA384);
    let cert = cert_for(&a.pair, "ilo");
    assert_eq!(
        check_sideload(&cert, &b.pkcs8_pem, &SecurityState::CNSA).unwrap_err(),
        CertificateCheckError::KeyMismatch
    );
    let (_, rsa) = rsa2048();
    let cert = cert_for(&rsa.pair, "ilo");
    let (other_key, other_cert) = synthetic_rsa(2048, 11);
    assert_eq!(
        check_sideload(&cert, &other_key, &SecurityState::Production).unwrap_err(),
        CertificateCheckError::KeyMismatch
    );
    assert_eq!(
        check_sideload(&other_cert, &rsa.pkcs8_pem, &SecurityState::Production).unwrap_err(),
        CertificateCheckError::KeyMismatch
    );
    // The synthetic key does match its own certificate: the comparison is on the modulus.
    assert!(check_sideload(&other_cert, &other_key, &SecurityState::Production).is_ok());
    // The key parser agrees with itself: a key matches its own certificate.
    let parsed = PrivateKeyInfo::from_pem(&a.pkcs8_pem).unwrap();
    let c = &hpe_oem::keys::parse_certificates(&cert_for(&a.pair, "x")).unwrap()[0];
    assert!(parsed.matches(c.tbs_certificate().subject_public_key_info()));
}

#[test]
fn more_than_20_kb_is_refused_before_parsing() {
    let (_, key) = rsa2048();
    let mut params = CertificateParams::new(vec!["ilo".to_owned()]).unwrap();
    // A large (non-critical, private OID) extension pushes the certificate over the limit.
    params
        .custom_extensions
        .push(CustomExtension::from_oid_content(
            &[1, 3, 6, 1, 4, 1, 99999, 1],
            vec![0x04; 15_000],
        ));
    let cert = params.self_signed(&key.pair).unwrap().pem();
    let e = check_sideload(&cert, &key.pkcs8_pem, &SecurityState::Production).unwrap_err();
    match e {
        CertificateCheckError::TooLarge { size, limit, .. } => {
            assert!(size > SIDELOAD_MAX_BYTES);
            assert_eq!(limit, 20 * 1024);
        }
        other => panic!("{other}"),
    }
}

#[test]
fn non_pem_encrypted_or_missing_keys_are_refused() {
    let (_, key) = rsa2048();
    let cert = cert_for(&key.pair, "ilo");
    assert!(matches!(
        check_sideload(
            "not a certificate",
            &key.pkcs8_pem,
            &SecurityState::Production
        ),
        Err(CertificateCheckError::NotPem(_))
    ));
    assert_eq!(
        check_sideload(&key.pkcs8_pem, &key.pkcs8_pem, &SecurityState::Production).unwrap_err(),
        CertificateCheckError::Invalid {
            what: "certificate",
            reason: "the certificate file contains a private key; pass it separately".into()
        }
    );
    assert_eq!(
        check_sideload(&cert, &cert, &SecurityState::Production).unwrap_err(),
        CertificateCheckError::NoPrivateKey
    );
    let encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBAA==\n-----END ENCRYPTED PRIVATE KEY-----\n";
    assert_eq!(
        check_sideload(&cert, encrypted, &SecurityState::Production).unwrap_err(),
        CertificateCheckError::EncryptedKey
    );
    let two = format!("{}{}", key.pkcs8_pem, key.pkcs8_pem);
    assert_eq!(
        check_sideload(&cert, &two, &SecurityState::Production).unwrap_err(),
        CertificateCheckError::SeveralKeys
    );
}

#[test]
fn https_import_accepts_crlf_and_refuses_keys() {
    let key = ec_key(&rcgen::PKCS_ECDSA_P256_SHA256);
    let cert = cert_for(&key.pair, "ilo");
    let text = check_certificate_import(&cert.replace('\n', "\r\n")).unwrap();
    assert_eq!(text, cert);
    assert!(check_certificate_import(&format!("{cert}{}", key.pkcs8_pem)).is_err());
    assert!(check_certificate_import("garbage").is_err());
}

#[test]
fn ldevid_certificates_must_use_fips_algorithms_and_fit_16_kb() {
    let (_, rsa) = rsa2048();
    assert!(check_ldevid_certificate(&cert_for(&rsa.pair, "ldevid"), None).is_ok());
    let p256 = ec_key(&rcgen::PKCS_ECDSA_P256_SHA256);
    assert!(check_ldevid_certificate(&cert_for(&p256.pair, "ldevid"), None).is_ok());

    let ed = ec_key(&rcgen::PKCS_ED25519);
    let e = check_ldevid_certificate(&cert_for(&ed.pair, "ldevid"), None).unwrap_err();
    assert_eq!(
        e,
        CertificateCheckError::NotFipsApproved {
            what: "signature algorithm",
            name: "Ed25519".into()
        }
    );

    let (_, small_cert) = synthetic_rsa(1024, 3);
    let e = check_ldevid_certificate(&small_cert, None).unwrap_err();
    assert_eq!(
        e,
        CertificateCheckError::NotFipsApproved {
            what: "public key",
            name: "RSA 1024-bit".into()
        }
    );

    let mut params = CertificateParams::new(vec!["ldevid".to_owned()]).unwrap();
    params
        .custom_extensions
        .push(CustomExtension::from_oid_content(
            &[1, 3, 6, 1, 4, 1, 99999, 1],
            vec![0x04; 13_000],
        ));
    let big = params.self_signed(&p256.pair).unwrap().pem();
    assert!(big.len() > LDEVID_MAX_BYTES);
    assert!(matches!(
        check_ldevid_certificate(&big, None),
        Err(CertificateCheckError::TooLarge { limit: 16384, .. })
    ));
}

#[test]
fn ldevid_certificate_must_answer_its_csr() {
    let key = ec_key(&rcgen::PKCS_ECDSA_P384_SHA384);
    let params = CertificateParams::new(vec!["ldevid".to_owned()]).unwrap();
    let csr_pem = params.serialize_request(&key.pair).unwrap().pem().unwrap();
    let csr = hpe_oem::keys::parse_csr(&csr_pem).unwrap();
    assert!(check_ldevid_certificate(&cert_for(&key.pair, "ldevid"), Some(&csr)).is_ok());
    let other = ec_key(&rcgen::PKCS_ECDSA_P384_SHA384);
    assert_eq!(
        check_ldevid_certificate(&cert_for(&other.pair, "ldevid"), Some(&csr)).unwrap_err(),
        CertificateCheckError::CsrMismatch
    );
}
